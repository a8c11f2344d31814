#include "recorder/event_scan.h"

#include "objects/code.h"
#include "objects/str.h"
#include "runtime/frame.h"
#include "runtime/interp.h"

namespace rw::recorder {

void EventScan::onCall(Interp&, Frame* f, int64_t step) {
  if (!inRange(step)) return;
  TimelineEvent event;
  event.kind = TimelineEvent::Kind::Call;
  event.step = step;
  event.codeId = static_cast<int64_t>(f->code->serial);
  events_.push_back(std::move(event));
}

void EventScan::onRaise(Interp&, Frame* f, Value exception, int64_t step) {
  // An exception passing up through frames reports each of them at the same step: the
  // first report is where it was raised.
  if (!inRange(step) || step == lastRaise_) return;
  lastRaise_ = step;
  TimelineEvent event;
  event.kind = TimelineEvent::Kind::Raise;
  event.step = step;
  event.codeId = static_cast<int64_t>(f->code->serial);
  event.detail = std::string(exception.asObject()->type->name->view());
  events_.push_back(std::move(event));
}

}  // namespace rw::recorder
