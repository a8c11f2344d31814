// The GUI thread's handle on a trace: opens files, asks for states and announces them. The
// timeline itself runs on a worker thread; while a state is being computed, further requests
// collapse into the latest one, so dragging the slider never queues up stale replays.
#pragma once

#include <QObject>
#include <QString>
#include <QTemporaryDir>
#include <QThread>
#include <cstdint>
#include <optional>

#include "gui/session/trace_info.h"

namespace rw::gui {

class TimelineWorker;

class TimelineController : public QObject {
  Q_OBJECT

 public:
  explicit TimelineController(QObject* parent = nullptr);
  ~TimelineController() override;

  // A trace (.rwd, or any SQLite file) is opened; anything else is recorded as a Python
  // program into a private temporary directory first. The answer is traceOpened or openFailed.
  void openFile(const QString& path);
  // Asks for the state at `step` (clamped to the trace). Ignored while nothing is open.
  void requestStep(int64_t step);
  void stepBy(int64_t delta) { requestStep(targetStep_ + delta); }

  bool isLoading() const { return loading_; }
  TraceInfoPtr trace() const { return trace_; }
  StepStatePtr state() const { return state_; }
  // The step last asked for; the state shown may still be an earlier one.
  int64_t targetStep() const { return targetStep_; }
  // True when no state is being computed or waiting to be (the views show targetStep()).
  bool isIdle() const { return !loading_ && !inFlight_ && !pending_; }

  static bool looksLikeTrace(const QString& path);

 signals:
  void loadingStarted(const QString& path);
  void traceOpened(rw::gui::TraceInfoPtr trace);
  void openFailed(const QString& path, const QString& message);
  void stateChanged(rw::gui::StepStatePtr state);
  void stateFailed(qint64 step, const QString& message);
  void targetStepChanged(qint64 step);

 private:
  void send(int64_t step);
  void onTraceOpened(quint64 generation, TraceInfoPtr trace);
  void onOpenFailed(quint64 generation, const QString& message);
  void onStateReady(quint64 generation, StepStatePtr state);
  void onStateFailed(quint64 generation, qint64 step, const QString& message);

  QThread thread_;
  TimelineWorker* worker_ = nullptr;  // owned by thread_: deleted there when it finishes
  QTemporaryDir recordings_;
  int recordingCount_ = 0;
  quint64 generation_ = 0;
  QString loadingPath_;
  bool loading_ = false;
  TraceInfoPtr trace_;
  StepStatePtr state_;
  int64_t targetStep_ = 0;
  bool inFlight_ = false;
  std::optional<int64_t> pending_;
};

}  // namespace rw::gui
