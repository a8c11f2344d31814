#include "recorder/replay_query.h"

#include <algorithm>
#include <functional>
#include <map>

#include "recorder/hosts.h"
#include "recorder/replay_session.h"

namespace rw::recorder {

bool StepSearch::found(int64_t step, int64_t seenAt) {
  if (seenAt < window_.first || seenAt >= window_.end) return false;
  if (step < bounds_.first || step >= bounds_.end) return false;
  if (firstMatch_) {
    if (!match_ || step < *match_) match_ = step;
    return true;
  }
  if (!match_ || step > *match_) match_ = step;
  return false;
}

std::vector<StepWindow> normalizeWindows(std::vector<StepWindow> windows) {
  std::erase_if(windows, [](const StepWindow& w) { return w.first >= w.end; });
  std::sort(windows.begin(), windows.end(),
            [](const StepWindow& a, const StepWindow& b) { return a.first < b.first; });
  std::vector<StepWindow> merged;
  for (const StepWindow& w : windows) {
    if (!merged.empty() && w.first <= merged.back().end)
      merged.back().end = std::max(merged.back().end, w.end);
    else
      merged.push_back(w);
  }
  return merged;
}

bool QueryRunner::runWindow(StepSearch& search, StepWindow window, bool firstMatch) {
  ReplaySession& replay = provider_.replayFor(window.first);
  if (provider_.replayGeneration() != generation_) {
    generation_ = provider_.replayGeneration();
    search.onNewReplay();
  }
  search.setWindow(window, firstMatch);
  bool alive;
  try {
    // One step past the window: searches that see a step's effects at the next step (a
    // write, an exception) judge the window's last step there.
    alive = replay.run(search, window.end + 1);
  } catch (const ReplayError&) {
    provider_.discardReplay();
    throw;
  }
  checkFailure(search);
  return alive;
}

void QueryRunner::checkFailure(StepSearch& search) {
  std::string failure = search.failure();
  if (failure.empty()) return;
  provider_.discardReplay();
  throw SearchFailed(failure);
}

std::optional<int64_t> QueryRunner::first(StepSearch& search, std::vector<StepWindow> windows) {
  for (const StepWindow& w : normalizeWindows(std::move(windows))) {
    bool alive = runWindow(search, w, true);
    if (search.match() || !alive) return search.match();
    if (std::optional<int64_t> from = search.everyStepFrom()) {
      StepWindow rest{std::max(*from, w.end), provider_.steps()};
      if (rest.first < rest.end) runWindow(search, rest, true);
      return search.match();
    }
  }
  return std::nullopt;
}

std::optional<int64_t> QueryRunner::last(StepSearch& search, std::vector<StepWindow> windows) {
  // Each window is judged by a replay from the keyframe before it; pieces are cut just after
  // each keyframe so that every piece replays one keyframe interval at most.
  const std::vector<int64_t>& keyframes = provider_.keyframes();
  std::map<int64_t, std::vector<StepWindow>, std::greater<int64_t>> byKeyframe;
  for (StepWindow w : normalizeWindows(std::move(windows))) {
    while (w.first < w.end) {
      auto next = std::upper_bound(keyframes.begin(), keyframes.end(), w.first - 1);
      int64_t cut = next == keyframes.end() ? w.end : std::min(w.end, *next + 1);
      StepWindow piece{w.first, cut};
      byKeyframe[provider_.keyframeFor(piece.first)].push_back(piece);
      w.first = cut;
    }
  }
  for (auto& [keyframe, pieces] : byKeyframe) {
    search.clearMatch();
    for (const StepWindow& piece : pieces)
      if (!runWindow(search, piece, false)) break;
    if (search.match()) return search.match();
  }
  return std::nullopt;
}

}  // namespace rw::recorder
