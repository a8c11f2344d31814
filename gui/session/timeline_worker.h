// The only object that touches the timeline. It lives on the controller's worker thread, so
// a long replay never blocks the GUI; requests arrive as queued slot calls and answers leave
// as signals carrying immutable snapshots.
#pragma once

#include <QObject>
#include <QString>
#include <memory>

#include "gui/session/trace_info.h"

namespace rw::recorder {
class Timeline;
}

namespace rw::gui {

class TimelineWorker : public QObject {
  Q_OBJECT

 public:
  TimelineWorker();
  ~TimelineWorker() override;

 public slots:
  // Each request carries the controller's generation, echoed back so answers about a trace
  // that has since been replaced can be recognised and dropped.
  void openTrace(quint64 generation, const QString& tracePath);
  void recordAndOpen(quint64 generation, const QString& programPath, const QString& tracePath);
  void computeState(quint64 generation, qint64 step);

 signals:
  void traceOpened(quint64 generation, rw::gui::TraceInfoPtr trace);
  void stateReady(quint64 generation, rw::gui::StepStatePtr state);
  void openFailed(quint64 generation, const QString& message);
  void stateFailed(quint64 generation, qint64 step, const QString& message);

 private:
  TraceInfoPtr load(const std::string& tracePath, std::string recordingOutput);

  std::shared_ptr<recorder::Timeline> timeline_;
};

}  // namespace rw::gui
