// The scan behind Timeline::events: a listener that notes every call and raise of a replay
// within a range of steps, for the front ends' timeline markers.
#pragma once

#include <cstdint>
#include <vector>

#include "recorder/replay_listener.h"
#include "recorder/timeline.h"

namespace rw::recorder {

class EventScan : public ReplayListener {
 public:
  // Notes the events of steps [first, end).
  EventScan(int64_t first, int64_t end) : first_(first), end_(end) {}

  bool onStep(Interp&, Frame*, uint32_t, int64_t, bool) override { return false; }
  void onCall(Interp& I, Frame* f, int64_t step) override;
  void onRaise(Interp& I, Frame* f, Value exception, int64_t step) override;

  std::vector<TimelineEvent> take() { return std::move(events_); }

 private:
  bool inRange(int64_t step) const { return step >= first_ && step < end_; }

  int64_t first_;
  int64_t end_;
  int64_t lastRaise_ = -1;
  std::vector<TimelineEvent> events_;
};

}  // namespace rw::recorder
