// Searching a trace by replaying it: a search (a ReplayListener with a predicate) runs over
// windows of steps, and the runner answers with the first matching step after a point or the
// last one before it. Windows come from the chunk indexes (the chunks that execute a line,
// write an object, raise, ...), so a search replays only the few chunks that can hold its
// answer: forwards it continues one replay through ascending windows (restarting from a
// keyframe when that is closer), backwards it replays the keyframe intervals that hold
// candidate windows, latest first, and stops at the first interval with a match.
#pragma once

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "recorder/replay_listener.h"

namespace rw::recorder {

class ReplaySession;

// Steps [first, end).
struct StepWindow {
  int64_t first = 0;
  int64_t end = 0;
};

// What the runner needs from the timeline: its steps and its replays.
class ReplayProvider {
 public:
  virtual ~ReplayProvider() = default;
  virtual int64_t steps() const = 0;
  // Keyframe steps, ascending.
  virtual const std::vector<int64_t>& keyframes() const = 0;
  // The keyframe a replay judging step `step` starts from: the latest one before it (at
  // step 0 for step 0), so the replay has seen the step before, which line starts depend on.
  virtual int64_t keyframeFor(int64_t step) const = 0;
  // A replay that has not passed `step` and started from keyframeFor(step) or earlier: the
  // current one when no keyframe lies between its position and `step`, else a new one.
  virtual ReplaySession& replayFor(int64_t step) = 0;
  // Counts the replays made; a search re-finds its objects in a new one.
  virtual uint64_t replayGeneration() const = 0;
  // Drops the current replay (a search disturbed it).
  virtual void discardReplay() = 0;
};

// A question asked of every step of the windows. Subclasses call found() for steps that
// match; the runner sets the window and the direction.
class StepSearch : public ReplayListener {
 public:
  void setWindow(StepWindow window, bool firstMatch) {
    window_ = window;
    firstMatch_ = firstMatch;
  }
  // Matches must lie in [first, end) (the windows are where the replay looks for them).
  void setBounds(int64_t first, int64_t end) { bounds_ = StepWindow{first, end}; }
  const std::optional<int64_t>& match() const { return match_; }
  void clearMatch() { match_.reset(); }
  // A search that has learned its answer may lie in any later step (step over, after the
  // frame returned) returns the step from which every step is a candidate.
  virtual std::optional<int64_t> everyStepFrom() const { return std::nullopt; }
  // Called before the first run in each new replay: pointers into an older replay's engine
  // are stale.
  virtual void onNewReplay() {}
  // A search that must stop (a condition with side effects) says why; the replay it ran in
  // is spoiled.
  virtual std::string failure() const { return {}; }

 protected:
  // Records a match at `step` when the replay saw it (at step `seenAt`, later than `step`
  // for effects inside native code that called back into Python) within the window, and
  // `step` lies within the bounds. Returns whether the replay should pause: forwards at the
  // first match, backwards never (the last match wins).
  bool found(int64_t step, int64_t seenAt);
  bool found(int64_t step) { return found(step, step); }
  // For matches seen in events, which cannot pause the replay themselves: the next step does
  // (onStep starts with takePauseRequest()).
  void foundInEvent(int64_t step, int64_t seenAt) {
    if (found(step, seenAt)) pauseRequested_ = true;
  }
  bool takePauseRequest() {
    bool pause = pauseRequested_;
    pauseRequested_ = false;
    return pause;
  }
  bool forward() const { return firstMatch_; }
  bool inWindow(int64_t step) const { return step >= window_.first && step < window_.end; }

 private:
  StepWindow window_;
  StepWindow bounds_{0, INT64_MAX};
  bool firstMatch_ = true;
  bool pauseRequested_ = false;
  std::optional<int64_t> match_;
};

// A search could not go on (StepSearch::failure()).
class SearchFailed : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class QueryRunner {
 public:
  explicit QueryRunner(ReplayProvider& provider) : provider_(provider) {}
  // The first match in `windows` (ascending, non-overlapping). A search may widen the
  // windows to every later step (StepSearch::everyStepFrom).
  std::optional<int64_t> first(StepSearch& search, std::vector<StepWindow> windows);
  // The last match in `windows` (any order, non-overlapping).
  std::optional<int64_t> last(StepSearch& search, std::vector<StepWindow> windows);

 private:
  // Runs the replay over one window; false when the program ended.
  bool runWindow(StepSearch& search, StepWindow window, bool firstMatch);
  void checkFailure(StepSearch& search);

  ReplayProvider& provider_;
  uint64_t generation_ = 0;
};

// Merges touching windows and drops empty ones; the result is ascending.
std::vector<StepWindow> normalizeWindows(std::vector<StepWindow> windows);

}  // namespace rw::recorder
