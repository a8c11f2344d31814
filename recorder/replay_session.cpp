#include "recorder/replay_session.h"

#include "recorder/hosts.h"
#include "recorder/replay_listener.h"
#include "runtime/frame.h"
#include "runtime/interp.h"
#include "runtime/observer.h"
#include "runtime/program.h"
#include "runtime/snapshot.h"

namespace rw::recorder {

namespace {

// Unwinds the replay thread's engine when the session is closed.
struct StopReplay {};

}  // namespace

class ReplayObserver : public Observer {
 public:
  ReplayObserver(ReplaySession& session, Interp& I) : session_(session), I_(I) {}
  void onInstruction(Interp& I, Frame* f, uint32_t ip, int64_t step) override {
    session_.hook(I, f, ip, step);
  }
  void onCall(Frame* f) override {
    // As the recorder does, so frames restored from keyframes and frames entered during the
    // replay both know where their activation began.
    f->entryStep = I_.stepCount;
    session_.lines_.onEnter(f);
    if (ReplayListener* l = session_.listener_) l->onCall(I_, f, I_.stepCount - 1);
  }
  void onReturn(Frame* f) override {
    if (ReplayListener* l = session_.listener_) l->onReturn(I_, f, I_.stepCount - 1);
  }
  void onRaise(Frame* f, Value exception) override {
    if (ReplayListener* l = session_.listener_) l->onRaise(I_, f, exception, I_.stepCount - 1);
  }
  void onWrite(Object* target) override {
    if (ReplayListener* l = session_.listener_) l->onWrite(I_, target, session_.eventStep(I_));
  }
  void onBirth(Object* object) override {
    if (ReplayListener* l = session_.listener_) l->onBirth(I_, object, session_.eventStep(I_));
  }
  void onDeath(Object* object) override {
    if (ReplayListener* l = session_.listener_) l->onDeath(I_, object, session_.eventStep(I_));
  }

 private:
  ReplaySession& session_;
  Interp& I_;
};

ReplaySession::ReplaySession(ReplayInput input)
    : input_(std::move(input)), position_(input_.keyframeStep) {
  thread_ = std::thread([this] { worker(); });
}

ReplaySession::~ReplaySession() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    stop_ = true;
  }
  cv_.notify_all();
  thread_.join();
}

std::optional<StepState> ReplaySession::runTo(int64_t step, const ExtractOptions& options) {
  std::optional<StepState> result;
  bool reached = runToAndDo(step, [&](Interp& I) {
    StepState state;
    state.step = step;
    extractState(I, options, state);
    result = std::move(state);
  });
  if (!reached) return std::nullopt;
  return result;
}

bool ReplaySession::runToAndDo(int64_t step, const std::function<void(Interp&)>& task) {
  std::unique_lock<std::mutex> lock(mutex_);
  if (!error_.empty()) throw ReplayError(error_);
  if (finished_) return false;
  if (step < position_) throw ReplayError("a replay cannot run backwards");
  if (!(paused_ && position_ == step)) {
    resume(step, nullptr, lock);
    if (!paused_) return false;
  }
  doTask(task, lock);
  return true;
}

bool ReplaySession::run(ReplayListener& listener, int64_t limit) {
  std::unique_lock<std::mutex> lock(mutex_);
  if (!error_.empty()) throw ReplayError(error_);
  if (finished_) return false;
  if (limit < position_) throw ReplayError("a replay cannot run backwards");
  if (paused_ && position_ == limit) return true;
  resume(limit, &listener, lock);
  return paused_;
}

void ReplaySession::resume(int64_t target, ReplayListener* listener,
                           std::unique_lock<std::mutex>& lock) {
  target_ = target;
  listener_ = listener;
  paused_ = false;
  running_ = true;
  cv_.notify_all();
  cv_.wait(lock, [&] { return paused_ || finished_; });
  listener_ = nullptr;
  if (!error_.empty()) throw ReplayError(error_);
}

void ReplaySession::doTask(const std::function<void(Interp&)>& task,
                           std::unique_lock<std::mutex>& lock) {
  task_ = &task;
  taskError_ = nullptr;
  cv_.notify_all();
  cv_.wait(lock, [&] { return task_ == nullptr; });
  if (taskError_) std::rethrow_exception(taskError_);
}

int64_t ReplaySession::eventStep(Interp& I) const {
  int64_t step = I.frame ? lines_.lastStepOf(I.frame) : -1;
  return step >= 0 ? step : I.stepCount - 1;
}

void ReplaySession::hook(Interp& I, Frame* f, uint32_t ip, int64_t step) {
  if (!started_) {
    started_ = true;
    lines_.start(I);
  }
  bool lineStart = lines_.onStep(f, ip, step);
  // Steps only grow; passing the target means the replay is not the recorded run.
  if (step > target_) throw ReplayError("the replay went past step " + std::to_string(target_));
  bool pause = step == target_;
  if (!pause && listener_) pause = listener_->onStep(I, f, ip, step, lineStart);
  if (!pause) return;
  if (listener_) listener_->onRunEnd(I);
  pausedFrame_ = f;
  pausedIp_ = ip;
  pausedLineStart_ = lineStart;
  pauseAt(I, step);
}

void ReplaySession::pauseAt(Interp& I, int64_t step) {
  std::unique_lock<std::mutex> lock(mutex_);
  position_ = step;
  paused_ = true;
  running_ = false;
  cv_.notify_all();
  for (;;) {
    cv_.wait(lock, [&] { return stop_ || task_ || running_; });
    if (stop_) throw StopReplay{};
    if (task_) {
      const std::function<void(Interp&)>* task = task_;
      lock.unlock();
      std::exception_ptr error;
      try {
        (*task)(I);
      } catch (...) {
        error = std::current_exception();
      }
      lock.lock();
      taskError_ = error;
      task_ = nullptr;
      cv_.notify_all();
      continue;
    }
    // A new run shows its listener the step it starts from first.
    if (ReplayListener* listener = listener_) {
      lock.unlock();
      bool again = listener->onStep(I, pausedFrame_, pausedIp_, step, pausedLineStart_);
      if (again) listener->onRunEnd(I);
      lock.lock();
      if (again) {
        paused_ = true;
        running_ = false;
        cv_.notify_all();
        continue;
      }
    }
    return;
  }
}

void ReplaySession::worker() {
  {
    // Wait for the first request (or a close before any).
    std::unique_lock<std::mutex> lock(mutex_);
    cv_.wait(lock, [&] { return stop_ || running_; });
    if (stop_) return;
  }
  try {
    ReplayHost host(input_.inputs);
    Interp I(host);
    restoreSnapshot(I, input_.keyframe);
    for (const auto& [path, text] : input_.sources)
      I.sourceTexts[path] = text;
    ReplayObserver observer(*this, I);
    I.observer = &observer;
    resumeMainProgram(I);
    if (listener_) {
      listener_->onEnd(I, I.stepCount);
      listener_->onRunEnd(I);
    }
    I.observer = nullptr;
  } catch (const StopReplay&) {
    return;
  } catch (const std::exception& e) {
    std::lock_guard<std::mutex> lock(mutex_);
    error_ = std::string("replay failed: ") + e.what();
  }
  std::lock_guard<std::mutex> lock(mutex_);
  finished_ = true;
  running_ = false;
  cv_.notify_all();
}

}  // namespace rw::recorder
