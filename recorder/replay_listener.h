// What a query sees of a replay: every step and every event, on the replay thread, while the
// engine is live. Listeners answer navigation questions (where does the next line start,
// when is this object written) without reconstructing full states.
#pragma once

#include <cstdint>

#include "runtime/value.h"

namespace rw {
class Interp;
struct Frame;
struct Object;
}  // namespace rw

namespace rw::recorder {

class ReplayListener {
 public:
  virtual ~ReplayListener() = default;
  // Before instruction `step` executes, at `ip` in the innermost frame `f`. `lineStart` says
  // whether CPython would report a `line` trace event here (see line_tracker.h). Returning
  // true pauses the replay at this step.
  virtual bool onStep(Interp& I, Frame* f, uint32_t ip, int64_t step, bool lineStart) = 0;

  // Events of the instruction executing. `step` is the instruction that caused the event:
  // for writes, births and deaths inside native code that called back into Python (a sort
  // key, ...) it is the instruction of the frame that called the native code.
  virtual void onCall(Interp&, Frame*, int64_t /*step*/) {}
  virtual void onReturn(Interp&, Frame*, int64_t /*step*/) {}
  virtual void onRaise(Interp&, Frame*, Value /*exception*/, int64_t /*step*/) {}
  virtual void onWrite(Interp&, Object*, int64_t /*step*/) {}
  virtual void onBirth(Interp&, Object*, int64_t /*step*/) {}
  virtual void onDeath(Interp&, Object*, int64_t /*step*/) {}
  // The program ended after `steps` steps; the interpreter still holds its last state.
  virtual void onEnd(Interp&, int64_t /*steps*/) {}
  // The run pauses (or the program ended): the last chance to release what the listener
  // made in the engine during the run.
  virtual void onRunEnd(Interp&) {}
};

}  // namespace rw::recorder
