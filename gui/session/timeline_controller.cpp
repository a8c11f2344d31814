#include "gui/session/timeline_controller.h"

#include <QFile>
#include <QFileInfo>
#include <algorithm>

#include "gui/session/timeline_worker.h"

namespace rw::gui {

TimelineController::TimelineController(QObject* parent) : QObject(parent) {
  qRegisterMetaType<TraceInfoPtr>();
  qRegisterMetaType<StepStatePtr>();
  worker_ = new TimelineWorker;
  worker_->moveToThread(&thread_);
  connect(&thread_, &QThread::finished, worker_, &QObject::deleteLater);
  connect(worker_, &TimelineWorker::traceOpened, this, &TimelineController::onTraceOpened);
  connect(worker_, &TimelineWorker::openFailed, this, &TimelineController::onOpenFailed);
  connect(worker_, &TimelineWorker::stateReady, this, &TimelineController::onStateReady);
  connect(worker_, &TimelineWorker::stateFailed, this, &TimelineController::onStateFailed);
  thread_.setObjectName("rewind-timeline");
  thread_.start();
}

TimelineController::~TimelineController() {
  thread_.quit();
  thread_.wait();
}

bool TimelineController::looksLikeTrace(const QString& path) {
  if (path.endsWith(".rwd", Qt::CaseInsensitive)) return true;
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) return false;
  return file.read(16) == QByteArray("SQLite format 3", 16);
}

void TimelineController::openFile(const QString& path) {
  quint64 generation = ++generation_;
  loading_ = true;
  loadingPath_ = path;
  inFlight_ = false;
  pending_.reset();
  emit loadingStarted(path);
  TimelineWorker* worker = worker_;
  if (looksLikeTrace(path)) {
    QMetaObject::invokeMethod(
        worker_, [worker, generation, path] { worker->openTrace(generation, path); },
        Qt::QueuedConnection);
    return;
  }
  // A fresh name per recording: an earlier trace may still be open in a replay.
  QString tracePath = recordings_.filePath(
      QString("%1-%2.rwd").arg(QFileInfo(path).completeBaseName()).arg(++recordingCount_));
  QMetaObject::invokeMethod(
      worker_,
      [worker, generation, path, tracePath] { worker->recordAndOpen(generation, path, tracePath); },
      Qt::QueuedConnection);
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

void TimelineController::send(int64_t step) {
  inFlight_ = true;
  quint64 generation = generation_;
  TimelineWorker* worker = worker_;
  QMetaObject::invokeMethod(
      worker_, [worker, generation, step] { worker->computeState(generation, step); },
      Qt::QueuedConnection);
}

void TimelineController::onTraceOpened(quint64 generation, TraceInfoPtr trace) {
  if (generation != generation_) return;
  loading_ = false;
  trace_ = std::move(trace);
  state_.reset();
  targetStep_ = 0;
  emit traceOpened(trace_);
  emit targetStepChanged(0);
  if (trace_->steps > 0) send(0);
}

void TimelineController::onOpenFailed(quint64 generation, const QString& message) {
  if (generation != generation_) return;
  loading_ = false;
  // The worker has dropped the previous timeline, so its trace can no longer be stepped.
  trace_.reset();
  state_.reset();
  emit openFailed(loadingPath_, message);
}

void TimelineController::onStateReady(quint64 generation, StepStatePtr state) {
  if (generation != generation_) return;
  inFlight_ = false;
  state_ = std::move(state);
  if (pending_) {
    int64_t next = *pending_;
    pending_.reset();
    if (next != state_->step) send(next);
  }
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

}  // namespace rw::gui
