// The GUI thread's handle on a trace: opens files, asks for states, runs navigation commands
// and announces where the views are. The timeline itself runs on a worker thread; while a
// state is being computed, further requests collapse into the latest one, so dragging the
// slider never queues up stale replays. Timeline markers are found on a second thread.
#pragma once

#include <QObject>
#include <QString>
#include <QTemporaryDir>
#include <QThread>
#include <atomic>
#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

#include "gui/session/event_scanner.h"
#include "gui/session/navigation_history.h"
#include "gui/session/navigation_request.h"
#include "gui/session/program_recording.h"
#include "gui/session/trace_info.h"

namespace rw::gui {

class TimelineWorker;

class TimelineController : public QObject {
  Q_OBJECT

 public:
  explicit TimelineController(QObject* parent = nullptr);
  ~TimelineController() override;

  // A trace (.rwd, or any SQLite file) is opened; anything else is recorded as a Python
  // program into a private temporary directory first, with `settings`. The answer is
  // traceOpened or openFailed (or nothing after cancelRecording()).
  void openFile(const QString& path, const RecordingSettings& settings = {});
  // Stops a recording in progress; the trace open before stays open.
  void cancelRecording();
  // Asks for the state at `step` (clamped to the trace). Ignored while nothing is open.
  void requestStep(int64_t step);
  void stepBy(int64_t delta) { requestStep(targetStep_ + delta); }
  // A jump the navigation history remembers (go to step N, a marker, a traceback line).
  void jumpTo(int64_t step);

  // Runs a navigation command from the step last asked for. While one runs, the next waits
  // (only the latest), and starts from where the running one arrives.
  void navigate(NavCommand command, recorder::Direction direction);
  void navigateToWrite(const QString& expression, recorder::Direction direction);
  // To the next (previous) step entering a syntax tree node of source `sourceId`.
  void navigateToNode(int64_t sourceId, uint32_t astNode, recorder::Direction direction);
  // To the next (previous) change of the object with this id, or to its creation.
  void navigateToObjectChange(uint64_t objectId, recorder::Direction direction);
  void navigateToObjectCreation(uint64_t objectId);
  // To the next (previous) start of FILE:LINE (a traceback line, a syntax tree node).
  void continueToLine(const QString& file, int line, recorder::Direction direction);
  void goBack();
  void goForward();
  const NavigationHistory& history() const { return history_; }

  void setBreakpoints(std::vector<recorder::Breakpoint> breakpoints);
  const std::vector<recorder::Breakpoint>& breakpoints() const { return breakpoints_; }
  void setStopAtExceptions(bool stop) { stopAtExceptions_ = stop; }
  void setJustMyCode(bool on) { justMyCode_ = on; }
  bool justMyCode() const { return justMyCode_; }

  bool isLoading() const { return loading_; }
  TraceInfoPtr trace() const { return trace_; }
  StepStatePtr state() const { return state_; }
  // The state one step before state() (null at step 0): what the last step changed.
  StepStatePtr previousState() const { return previous_; }
  // The step last asked for; the state shown may still be an earlier one.
  int64_t targetStep() const { return targetStep_; }
  // True when no state or navigation is being computed or waiting to be.
  bool isIdle() const { return !loading_ && !inFlight_ && !pending_ && !navInFlight_; }
  // The markers found so far, and whether the scan is complete.
  const std::vector<recorder::TimelineEvent>& events() const { return events_; }
  bool eventsComplete() const { return eventsComplete_; }
  const std::vector<int64_t>& breakpointHits() const { return breakpointHits_; }

  static bool looksLikeTrace(const QString& path);

 signals:
  void loadingStarted(const QString& path);
  void recordingProgress(qint64 steps);
  void recordingCancelled();
  void traceOpened(rw::gui::TraceInfoPtr trace);
  void openFailed(const QString& path, const QString& message);
  void stateChanged(rw::gui::StepStatePtr state);
  void stateFailed(qint64 step, const QString& message);
  void targetStepChanged(qint64 step);
  // Where a navigation command arrived, or why it did not move.
  void navigated(rw::gui::NavResultPtr result);
  void historyChanged();
  void eventsChanged();
  void breakpointHitsChanged();

 private:
  void send(int64_t step);
  void sendNavigation(NavRequest request);
  void rescanBreakpointHits();
  void onTraceOpened(quint64 generation, TraceInfoPtr trace);
  void onOpenFailed(quint64 generation, const QString& message);
  void onStateReady(quint64 generation, StepStatePtr state, StepStatePtr previous);
  void onStateFailed(quint64 generation, qint64 step, const QString& message);
  void onNavigated(quint64 generation, NavResultPtr result);
  void onEventsFound(quint64 generation, TimelineEvents events, qint64 end, bool done);
  void onBreakpointHits(quint64 generation, StepList hits);

  QThread thread_;
  TimelineWorker* worker_ = nullptr;  // owned by thread_: deleted there when it finishes
  QThread scanThread_;
  EventScanner* scanner_ = nullptr;  // owned by scanThread_
  QTemporaryDir recordings_;
  int recordingCount_ = 0;
  quint64 nextGeneration_ = 0;
  quint64 generation_ = 0;       // of the request being loaded, or of the open trace
  quint64 traceGeneration_ = 0;  // of the open trace
  quint64 scanGeneration_ = 0;
  quint64 hitsGeneration_ = 0;
  std::shared_ptr<std::atomic<bool>> cancel_;
  QString loadingPath_;
  bool loading_ = false;
  TraceInfoPtr trace_;
  StepStatePtr state_;
  StepStatePtr previous_;
  int64_t targetStep_ = 0;
  bool inFlight_ = false;
  std::optional<int64_t> pending_;
  bool navInFlight_ = false;
  std::optional<NavRequest> pendingNav_;
  NavigationHistory history_;
  std::vector<recorder::Breakpoint> breakpoints_;
  bool stopAtExceptions_ = false;
  bool justMyCode_ = true;
  std::vector<recorder::TimelineEvent> events_;
  bool eventsComplete_ = false;
  std::vector<int64_t> breakpointHits_;
};

}  // namespace rw::gui
