// Which steps start a source line, by the rule CPython 3.11 uses for `line` trace events
// (ceval's maybe_call_line_trace): an instruction starts a line when its line differs from
// the line of the instruction its frame executed before, or when it was reached by a jump
// backwards (except the jump of `yield from`'s SEND). Instructions up to the code's first
// RESUME (the prologue) and RESUME itself never do; the first traceable instruction of a
// fresh frame always does when it has a line. Debuggers stop at these steps, so `step`,
// `next` and breakpoints agree with pdb.
//
// The rule needs each frame's previous instruction, so the tracker follows every step of a
// replay. It also remembers each frame's latest step, which names the instruction a native
// call came from.
#pragma once

#include <cstdint>
#include <unordered_map>

namespace rw {
class Interp;
struct Code;
struct Frame;
}  // namespace rw

namespace rw::recorder {

class LineTracker {
 public:
  // The replay starts: frames already on the chain are executing the instruction their ip
  // points at (a call), which is the one they executed last.
  void start(Interp& I);
  // Before each instruction; returns whether the step starts a line. Only meaningful after
  // the first step of the replay, whose frame's previous instruction came before the start.
  bool onStep(Frame* f, uint32_t ip, int64_t step);
  // A frame enters the chain: a new frame, or a generator's frame resuming.
  void onEnter(Frame* f);
  // The step of the instruction `f` executed last, or -1 when the replay has not seen one.
  int64_t lastStepOf(Frame* f) const;

 private:
  struct Last {
    uint32_t ip = 0;
    int64_t step = -1;
    bool known = false;  // false: the frame has executed nothing traceable yet
  };
  static uint32_t firstTraceable(const Code* code);

  std::unordered_map<Frame*, Last> frames_;  // frames other than the current one
  Frame* current_ = nullptr;
  Last currentLast_;
  uint32_t currentFirstTraceable_ = 0;
};

}  // namespace rw::recorder
