#include "gui/session/timeline_controller.h"

#include <QFile>
#include <QFileInfo>
#include <algorithm>

#include "gui/session/timeline_worker.h"

namespace rw::gui {

TimelineController::TimelineController(QObject* parent) : QObject(parent) {
  qRegisterMetaType<TraceInfoPtr>();
  qRegisterMetaType<StepStatePtr>();
  qRegisterMetaType<NavResultPtr>();
  qRegisterMetaType<TimelineEvents>();
  qRegisterMetaType<StepList>();
  worker_ = new TimelineWorker;
  worker_->moveToThread(&thread_);
  connect(&thread_, &QThread::finished, worker_, &QObject::deleteLater);
  connect(worker_, &TimelineWorker::traceOpened, this, &TimelineController::onTraceOpened);
  connect(worker_, &TimelineWorker::openFailed, this, &TimelineController::onOpenFailed);
  connect(worker_, &TimelineWorker::stateReady, this, &TimelineController::onStateReady);
  connect(worker_, &TimelineWorker::stateFailed, this, &TimelineController::onStateFailed);
  connect(worker_, &TimelineWorker::navigated, this, &TimelineController::onNavigated);
  connect(worker_, &TimelineWorker::recordingProgress, this,
          [this](quint64 generation, qint64 steps) {
            if (generation == generation_ && loading_) emit recordingProgress(steps);
          });
  connect(worker_, &TimelineWorker::recordingCancelled, this, [this](quint64 generation) {
    if (generation != generation_) return;
    loading_ = false;
    generation_ = traceGeneration_;
    emit recordingCancelled();
  });
  thread_.setObjectName("rewind-timeline");
  thread_.start();

  scanner_ = new EventScanner;
  scanner_->moveToThread(&scanThread_);
  connect(&scanThread_, &QThread::finished, scanner_, &QObject::deleteLater);
  connect(scanner_, &EventScanner::eventsFound, this, &TimelineController::onEventsFound);
  connect(scanner_, &EventScanner::breakpointHitsFound, this,
          &TimelineController::onBreakpointHits);
  scanThread_.setObjectName("rewind-markers");
  scanThread_.start(QThread::LowPriority);
}

TimelineController::~TimelineController() {
  if (cancel_) cancel_->store(true);
  scanner_->supersedeScans(0);
  scanner_->supersedeHitSearches(0);
  thread_.quit();
  scanThread_.quit();
  thread_.wait();
  scanThread_.wait();
}

bool TimelineController::looksLikeTrace(const QString& path) {
  if (path.endsWith(".rwd", Qt::CaseInsensitive)) return true;
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) return false;
  return file.read(16) == QByteArray("SQLite format 3", 16);
}

void TimelineController::openFile(const QString& path, const RecordingSettings& settings) {
  if (cancel_) cancel_->store(true);
  quint64 generation = ++nextGeneration_;
  generation_ = generation;
  loading_ = true;
  loadingPath_ = path;
  inFlight_ = false;
  pending_.reset();
  navInFlight_ = false;
  pendingNav_.reset();
  emit loadingStarted(path);
  TimelineWorker* worker = worker_;
  if (looksLikeTrace(path)) {
    cancel_.reset();
    QMetaObject::invokeMethod(
        worker_, [worker, generation, path] { worker->openTrace(generation, path); },
        Qt::QueuedConnection);
    return;
  }
  // A fresh name per recording: an earlier trace may still be open in a replay.
  QString tracePath = recordings_.filePath(
      QString("%1-%2.rwd").arg(QFileInfo(path).completeBaseName()).arg(++recordingCount_));
  auto cancel = std::make_shared<std::atomic<bool>>(false);
  cancel_ = cancel;
  QMetaObject::invokeMethod(
      worker_,
      [worker, generation, path, tracePath, settings, cancel] {
        worker->recordAndOpen(generation, path, tracePath, settings, cancel);
      },
      Qt::QueuedConnection);
}

void TimelineController::cancelRecording() {
  if (loading_ && cancel_) cancel_->store(true);
}

void TimelineController::requestStep(int64_t step) {
  if (loading_ || !trace_ || trace_->steps <= 0) return;
  step = std::clamp<int64_t>(step, 0, trace_->steps - 1);
  if (step != targetStep_) {
    targetStep_ = step;
    emit targetStepChanged(step);
  }
  if (inFlight_) {
    pending_ = step;
    return;
  }
  if (state_ && state_->step == step) return;
  send(step);
}

void TimelineController::jumpTo(int64_t step) {
  if (loading_ || !trace_ || trace_->steps <= 0) return;
  step = std::clamp<int64_t>(step, 0, trace_->steps - 1);
  history_.jumped(targetStep_, step);
  emit historyChanged();
  requestStep(step);
}

void TimelineController::send(int64_t step) {
  inFlight_ = true;
  quint64 generation = generation_;
  TimelineWorker* worker = worker_;
  QMetaObject::invokeMethod(
      worker_, [worker, generation, step] { worker->computeState(generation, step); },
      Qt::QueuedConnection);
}

void TimelineController::navigate(NavCommand command, recorder::Direction direction) {
  NavRequest request;
  request.command = command;
  request.direction = direction;
  request.breakpoints = breakpoints_;
  request.stopAtExceptions = stopAtExceptions_;
  request.justMyCode = justMyCode_;
  sendNavigation(std::move(request));
}

void TimelineController::navigateToWrite(const QString& expression, recorder::Direction direction) {
  NavRequest request;
  request.command = NavCommand::Write;
  request.direction = direction;
  request.expression = expression.toStdString();
  sendNavigation(std::move(request));
}

void TimelineController::navigateToNode(int64_t sourceId, uint32_t astNode,
                                        recorder::Direction direction) {
  NavRequest request;
  request.command = NavCommand::ExecuteNode;
  request.direction = direction;
  request.sourceId = sourceId;
  request.astNode = astNode;
  sendNavigation(std::move(request));
}

void TimelineController::navigateToObjectChange(uint64_t objectId, recorder::Direction direction) {
  NavRequest request;
  request.command = NavCommand::ObjectWrite;
  request.direction = direction;
  request.objectId = objectId;
  sendNavigation(std::move(request));
}

void TimelineController::navigateToObjectCreation(uint64_t objectId) {
  NavRequest request;
  request.command = NavCommand::ObjectCreation;
  request.direction = recorder::Direction::Backward;
  request.objectId = objectId;
  sendNavigation(std::move(request));
}

void TimelineController::continueToLine(const QString& file, int line,
                                        recorder::Direction direction) {
  NavRequest request;
  request.command = NavCommand::Continue;
  request.direction = direction;
  request.breakpoints.push_back(recorder::Breakpoint{file.toStdString(), line, {}});
  sendNavigation(std::move(request));
}

void TimelineController::sendNavigation(NavRequest request) {
  if (loading_ || !trace_ || trace_->steps <= 0) return;
  if (navInFlight_) {
    pendingNav_ = std::move(request);
    return;
  }
  request.from = targetStep_;
  navInFlight_ = true;
  quint64 generation = generation_;
  TimelineWorker* worker = worker_;
  QMetaObject::invokeMethod(
      worker_, [worker, generation, request] { worker->navigate(generation, request); },
      Qt::QueuedConnection);
}

void TimelineController::goBack() {
  if (loading_ || !trace_) return;
  if (std::optional<int64_t> step = history_.back(targetStep_)) {
    emit historyChanged();
    requestStep(*step);
  }
}

void TimelineController::goForward() {
  if (loading_ || !trace_) return;
  if (std::optional<int64_t> step = history_.forward(targetStep_)) {
    emit historyChanged();
    requestStep(*step);
  }
}

void TimelineController::setBreakpoints(std::vector<recorder::Breakpoint> breakpoints) {
  breakpoints_ = std::move(breakpoints);
  rescanBreakpointHits();
}

void TimelineController::rescanBreakpointHits() {
  quint64 generation = ++nextGeneration_;
  hitsGeneration_ = generation;
  scanner_->supersedeHitSearches(generation);
  breakpointHits_.clear();
  emit breakpointHitsChanged();
  if (!trace_ || breakpoints_.empty()) return;
  QString path = QString::fromStdString(trace_->tracePath);
  EventScanner* scanner = scanner_;
  std::vector<recorder::Breakpoint> breakpoints = breakpoints_;
  QMetaObject::invokeMethod(
      scanner_,
      [scanner, generation, path, breakpoints] {
        scanner->findBreakpointHits(generation, path, breakpoints);
      },
      Qt::QueuedConnection);
}

void TimelineController::onTraceOpened(quint64 generation, TraceInfoPtr trace) {
  if (generation != generation_) return;
  loading_ = false;
  cancel_.reset();
  traceGeneration_ = generation;
  trace_ = std::move(trace);
  state_.reset();
  previous_.reset();
  history_.clear();
  targetStep_ =
      std::clamp<int64_t>(trace_->openingStep, 0, std::max<int64_t>(0, trace_->steps - 1));
  events_.clear();
  eventsComplete_ = false;
  emit traceOpened(trace_);
  emit historyChanged();
  emit eventsChanged();
  emit targetStepChanged(targetStep_);
  if (trace_->steps > 0) send(targetStep_);

  scanGeneration_ = ++nextGeneration_;
  scanner_->supersedeScans(scanGeneration_);
  QString path = QString::fromStdString(trace_->tracePath);
  EventScanner* scanner = scanner_;
  quint64 scan = scanGeneration_;
  QMetaObject::invokeMethod(
      scanner_, [scanner, scan, path] { scanner->scan(scan, path); }, Qt::QueuedConnection);
  rescanBreakpointHits();
}

void TimelineController::onOpenFailed(quint64 generation, const QString& message) {
  if (generation != generation_) return;
  loading_ = false;
  cancel_.reset();
  // The worker has dropped the previous timeline, so its trace can no longer be stepped.
  trace_.reset();
  state_.reset();
  previous_.reset();
  history_.clear();
  events_.clear();
  breakpointHits_.clear();
  scanner_->supersedeScans(++nextGeneration_);
  scanner_->supersedeHitSearches(++nextGeneration_);
  emit historyChanged();
  emit eventsChanged();
  emit breakpointHitsChanged();
  emit openFailed(loadingPath_, message);
}

void TimelineController::onStateReady(quint64 generation, StepStatePtr state,
                                      StepStatePtr previous) {
  if (generation != generation_) return;
  inFlight_ = false;
  if (pending_) {
    int64_t next = *pending_;
    pending_.reset();
    if (next != state->step) send(next);
  }
  // A navigation may already have shown the step asked for; an older answer must not hide it.
  if (state_ && state_->step == targetStep_ && state->step != targetStep_) return;
  state_ = std::move(state);
  previous_ = std::move(previous);
  emit stateChanged(state_);
}

void TimelineController::onStateFailed(quint64 generation, qint64 step, const QString& message) {
  if (generation != generation_) return;
  inFlight_ = false;
  if (pending_) {
    int64_t next = *pending_;
    pending_.reset();
    if (next != step) send(next);
  }
  emit stateFailed(step, message);
}

void TimelineController::onNavigated(quint64 generation, NavResultPtr result) {
  if (generation != generation_) return;
  navInFlight_ = false;
  if (result->step) {
    int64_t step = *result->step;
    history_.jumped(result->request.from, step);
    emit historyChanged();
    if (step != targetStep_) {
      targetStep_ = step;
      emit targetStepChanged(step);
    }
    state_ = result->state;
    previous_ = result->previous;
    emit stateChanged(state_);
  }
  emit navigated(result);
  if (pendingNav_) {
    NavRequest next = std::move(*pendingNav_);
    pendingNav_.reset();
    sendNavigation(std::move(next));
  }
}

void TimelineController::onEventsFound(quint64 generation, TimelineEvents events, qint64,
                                       bool done) {
  if (generation != scanGeneration_) return;
  events_.insert(events_.end(), events->begin(), events->end());
  eventsComplete_ = done;
  emit eventsChanged();
}

void TimelineController::onBreakpointHits(quint64 generation, StepList hits) {
  if (generation != hitsGeneration_) return;
  breakpointHits_ = *hits;
  emit breakpointHitsChanged();
}

}  // namespace rw::gui
