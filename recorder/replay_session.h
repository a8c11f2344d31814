// One replay of a recorded program, running on its own thread from a keyframe. It pauses
// inside the step hook at each requested step, where the state is read (on the replay
// thread) and handed back; going forward continues the same run, so stepping forward costs
// one instruction.
#pragma once

#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "recorder/chunk_events.h"
#include "recorder/state.h"
#include "recorder/state_extractor.h"

namespace rw::recorder {

struct ReplayInput {
  // Every source the recording compiled (path, text): the main program and each imported
  // module. Tracebacks read their lines from them, as the recorded run did.
  std::vector<std::pair<std::string, std::string>> sources;
  std::vector<std::string> argv;
  std::vector<uint8_t> keyframe;    // the snapshot to start from
  int64_t keyframeStep = 0;
  std::vector<ChunkEvent> inputs;   // input events from keyframeStep on, in order
};

class ReplaySession {
 public:
  explicit ReplaySession(ReplayInput input);
  ~ReplaySession();
  ReplaySession(const ReplaySession&) = delete;
  ReplaySession& operator=(const ReplaySession&) = delete;

  // The step the replay is paused at (the state before it), or the keyframe step before the
  // first request.
  int64_t position() const { return position_; }
  // Runs forward to `step` (>= position()) and reads the state there. Returns nothing when
  // the program ends first; throws ReplayError when the replay cannot run.
  std::optional<StepState> runTo(int64_t step, const ExtractOptions& options);

 private:
  void worker();
  void pauseAt(int64_t step);

  ReplayInput input_;
  std::thread thread_;
  std::mutex mutex_;
  std::condition_variable cv_;
  int64_t target_ = -1;
  int64_t position_ = 0;
  bool stop_ = false;
  bool paused_ = false;
  bool finished_ = false;
  std::string error_;
  ExtractOptions options_;
  std::optional<StepState> result_;
  friend class ReplayObserver;
};

}  // namespace rw::recorder
