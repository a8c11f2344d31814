#include "recorder/replay_session.h"

#include "recorder/hosts.h"
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
  explicit ReplayObserver(ReplaySession& session) : session_(session) {}
  void onInstruction(Interp&, Frame*, uint32_t, int64_t step) override {
    if (step == session_.target_) session_.pauseAt(step);
    // Steps only grow; passing the target means the replay is not the recorded run.
    if (step > session_.target_) throw ReplayError("the replay went past step " + std::to_string(session_.target_));
  }

 private:
  ReplaySession& session_;
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
  std::unique_lock<std::mutex> lock(mutex_);
  if (step < position_) throw ReplayError("a replay cannot run backwards");
  if (paused_ && step == position_ && result_) return result_;
  if (finished_) {
    if (!error_.empty()) throw ReplayError(error_);
    return std::nullopt;
  }
  target_ = step;
  options_ = options;
  result_.reset();
  paused_ = false;
  cv_.notify_all();
  cv_.wait(lock, [&] { return paused_ || finished_; });
  if (!error_.empty()) throw ReplayError(error_);
  if (!paused_) return std::nullopt;
  return result_;
}

void ReplaySession::pauseAt(int64_t step) {
  Interp& I = *Interp::current();
  StepState state;
  state.step = step;
  extractState(I, options_, state);
  std::unique_lock<std::mutex> lock(mutex_);
  position_ = step;
  result_ = std::move(state);
  paused_ = true;
  cv_.notify_all();
  cv_.wait(lock, [&] { return stop_ || (!paused_ && target_ != step); });
  if (stop_) throw StopReplay{};
}

void ReplaySession::worker() {
  {
    // Wait for the first request (or a close before any).
    std::unique_lock<std::mutex> lock(mutex_);
    cv_.wait(lock, [&] { return stop_ || target_ >= 0; });
    if (stop_) return;
  }
  try {
    ReplayHost host(input_.inputs);
    Interp I(host);
    restoreSnapshot(I, input_.keyframe);
    I.sourceTexts[input_.programPath] = input_.source;
    ReplayObserver observer(*this);
    I.observer = &observer;
    resumeMainProgram(I);
    I.observer = nullptr;
  } catch (const StopReplay&) {
    return;
  } catch (const std::exception& e) {
    std::lock_guard<std::mutex> lock(mutex_);
    error_ = std::string("replay failed: ") + e.what();
  }
  std::lock_guard<std::mutex> lock(mutex_);
  finished_ = true;
  cv_.notify_all();
}

}  // namespace rw::recorder
