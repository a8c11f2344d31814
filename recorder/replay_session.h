// One replay of a recorded program, running on its own thread from a keyframe. It pauses
// inside the step hook at requested steps, where the state is read (on the replay thread)
// and handed back; going forward continues the same run, so stepping forward costs one
// instruction. A listener (replay_listener.h) may watch every step and event of a run and
// pause it where its question is answered.
#pragma once

#include <condition_variable>
#include <cstdint>
#include <exception>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "recorder/chunk_events.h"
#include "recorder/line_tracker.h"
#include "recorder/state.h"
#include "recorder/state_extractor.h"

namespace rw {
class Interp;
}

namespace rw::recorder {

class ReplayListener;

struct ReplayInput {
  // Every source the recording compiled (path, text): the main program and each imported
  // module. Tracebacks read their lines from them, as the recorded run did.
  std::vector<std::pair<std::string, std::string>> sources;
  std::vector<std::string> argv;
  std::vector<uint8_t> keyframe;  // the snapshot to start from
  int64_t keyframeStep = 0;
  std::vector<ChunkEvent> inputs;  // input events from keyframeStep on, in order
};

class ReplaySession {
 public:
  explicit ReplaySession(ReplayInput input);
  ~ReplaySession();
  ReplaySession(const ReplaySession&) = delete;
  ReplaySession& operator=(const ReplaySession&) = delete;

  // The keyframe step the replay started from.
  int64_t startStep() const { return input_.keyframeStep; }
  // The step the replay is paused at (the state before it), or the keyframe step before the
  // first request.
  int64_t position() const { return position_; }
  // Whether the program ran to its end (nothing more to replay).
  bool finished() const { return finished_; }

  // Runs forward to `step` (>= position()) and reads the state there. Returns nothing when
  // the program ends first; throws ReplayError when the replay cannot run.
  std::optional<StepState> runTo(int64_t step, const ExtractOptions& options);
  // Runs forward to `step` and calls `task` on the replay thread while paused there (it may
  // read the engine inside an Interp::Inspection). Returns false when the program ends first.
  bool runToAndDo(int64_t step, const std::function<void(Interp&)>& task);

  // Runs forward with `listener` watching, starting with the step the replay is paused at
  // (or the keyframe step), until the listener pauses it or the replay reaches `limit`
  // (paused there before the listener sees it). Returns false when the program ended first.
  bool run(ReplayListener& listener, int64_t limit);

 private:
  void worker();
  // On the replay thread, inside the step hook.
  void hook(Interp& I, Frame* f, uint32_t ip, int64_t step);
  void pauseAt(Interp& I, int64_t step);
  // On the caller's thread: hands a request to the replay thread and waits until it pauses.
  void resume(int64_t target, ReplayListener* listener, std::unique_lock<std::mutex>& lock);
  void doTask(const std::function<void(Interp&)>& task, std::unique_lock<std::mutex>& lock);
  int64_t eventStep(Interp& I) const;

  ReplayInput input_;
  std::thread thread_;
  std::mutex mutex_;
  std::condition_variable cv_;
  // Requests from the caller's thread.
  int64_t target_ = -1;
  ReplayListener* listener_ = nullptr;
  bool running_ = false;
  bool stop_ = false;
  const std::function<void(Interp&)>* task_ = nullptr;
  std::exception_ptr taskError_;
  // Where the replay thread is.
  int64_t position_ = 0;
  bool started_ = false;
  bool paused_ = false;
  bool finished_ = false;
  std::string error_;
  // The paused step's hook arguments, to show it to the next run's listener.
  Frame* pausedFrame_ = nullptr;
  uint32_t pausedIp_ = 0;
  bool pausedLineStart_ = false;
  LineTracker lines_;
  friend class ReplayObserver;
};

}  // namespace rw::recorder
