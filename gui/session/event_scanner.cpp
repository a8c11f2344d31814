#include "gui/session/event_scanner.h"

#include <algorithm>

namespace rw::gui {

EventScanner::EventScanner() = default;
EventScanner::~EventScanner() = default;

recorder::Timeline& EventScanner::timelineFor(const QString& tracePath) {
  if (!timeline_ || tracePath != tracePath_) {
    timeline_.reset();
    timeline_ = recorder::Timeline::open(tracePath.toStdString());
    tracePath_ = tracePath;
  }
  return *timeline_;
}

void EventScanner::scan(quint64 generation, const QString& tracePath) {
  if (latestScan_.load() != generation) return;
  try {
    recorder::Timeline& timeline = timelineFor(tracePath);
    int64_t end = std::min(timeline.steps(), kMaxScannedSteps);
    for (int64_t first = 0; first < end || first == 0; first += kRangeSteps) {
      if (latestScan_.load() != generation) return;
      int64_t last = std::min(end, first + kRangeSteps);
      auto events =
          std::make_shared<std::vector<recorder::TimelineEvent>>(timeline.events(first, last));
      emit eventsFound(generation, std::move(events), last, last >= end);
      if (last >= end) break;
    }
  } catch (const std::exception& e) {
    emit scanFailed(generation, QString::fromStdString(e.what()));
  }
}

void EventScanner::findBreakpointHits(quint64 generation, const QString& tracePath,
                                      const std::vector<recorder::Breakpoint>& breakpoints) {
  if (latestHits_.load() != generation) return;
  auto hits = std::make_shared<std::vector<int64_t>>();
  try {
    recorder::Timeline& timeline = timelineFor(tracePath);
    if (!breakpoints.empty() && timeline.steps() > 0) {
      // A hit at step 0 is not seen by a search that starts there.
      recorder::Arrival first = timeline.continueTo(0, recorder::Direction::Forward, breakpoints);
      int64_t from = 0;
      if (timeline.steps() > 1 &&
          timeline.continueTo(1, recorder::Direction::Backward, breakpoints).step == 0)
        hits->push_back(0);
      for (std::optional<int64_t> at = first.step; at && hits->size() < kMaxBreakpointHits;
           at = timeline.continueTo(from, recorder::Direction::Forward, breakpoints).step) {
        if (latestHits_.load() != generation) return;
        hits->push_back(*at);
        from = *at;
      }
    }
  } catch (const std::exception& e) {
    emit scanFailed(generation, QString::fromStdString(e.what()));
  }
  emit breakpointHitsFound(generation, std::move(hits));
}

}  // namespace rw::gui
