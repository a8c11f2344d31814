// The only object that touches the timeline. It lives on the controller's worker thread, so
// a long replay never blocks the GUI; requests arrive as queued slot calls and answers leave
// as signals carrying immutable snapshots.
#pragma once

#include <QObject>
#include <QString>
#include <atomic>
#include <map>
#include <memory>

#include "gui/session/navigation_request.h"
#include "gui/session/program_recording.h"
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
  // Records, then opens. Setting `cancel` stops the recording (recordingCancelled); the trace
  // open before stays open then.
  void recordAndOpen(quint64 generation, const QString& programPath, const QString& tracePath,
                     const rw::gui::RecordingSettings& settings,
                     std::shared_ptr<std::atomic<bool>> cancel);
  void computeState(quint64 generation, qint64 step);
  void navigate(quint64 generation, const rw::gui::NavRequest& request);

 signals:
  void traceOpened(quint64 generation, rw::gui::TraceInfoPtr trace);
  void openFailed(quint64 generation, const QString& message);
  void recordingProgress(quint64 generation, qint64 steps);
  void recordingCancelled(quint64 generation);
  // `previous` is the state one step earlier (null at step 0): what the last step changed.
  void stateReady(quint64 generation, rw::gui::StepStatePtr state, rw::gui::StepStatePtr previous);
  void stateFailed(quint64 generation, qint64 step, const QString& message);
  void navigated(quint64 generation, rw::gui::NavResultPtr result);

 private:
  TraceInfoPtr load(const std::string& tracePath, std::string recordingOutput);
  // The step a program that died of an uncaught exception raised it at.
  int64_t uncaughtRaiseStep();
  recorder::Arrival arrive(const NavRequest& request);
  // The states at `step - 1` and `step`, in replay order.
  std::pair<StepStatePtr, StepStatePtr> statesAt(int64_t step);
  // The state at `step`, from the states computed lately when it is one of them: stepping by
  // one needs the state it left as the new one's `previous`. A state before the ones known
  // costs a replay from a keyframe, so the states just before it are read on the way: the
  // next steps backwards find them ready.
  StepStatePtr stateAt(int64_t step);
  bool inLibrary(const recorder::StepState& state) const;

  std::shared_ptr<recorder::Timeline> timeline_;
  TraceInfoPtr trace_;
  std::map<int64_t, StepStatePtr> recent_;
};

}  // namespace rw::gui
