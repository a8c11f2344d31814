#include "recorder/line_tracker.h"

#include "compiler/opcodes.h"
#include "objects/code.h"
#include "runtime/frame.h"
#include "runtime/interp.h"

namespace rw::recorder {

namespace {

Opcode opcodeAt(const Code* code, uint32_t ip) {
  return instructionOpcode(code->instructions[ip]);
}

}  // namespace

uint32_t LineTracker::firstTraceable(const Code* code) {
  for (uint32_t i = 0; i < code->instructions.size(); ++i)
    if (opcodeAt(code, i) == Opcode::RESUME) return i;
  return 0;
}

void LineTracker::start(Interp& I) {
  for (Frame* f = I.frame; f; f = f->back)
    frames_[f] = Last{f->ip, -1, true};
}

bool LineTracker::onStep(Frame* f, uint32_t ip, int64_t step) {
  if (f != current_) {
    if (current_) frames_[current_] = currentLast_;
    current_ = f;
    auto it = frames_.find(f);
    // Every frame reaches the chain through start() or onEnter(); the fallback assumes the
    // frame came here by falling through.
    currentLast_ = it != frames_.end() ? it->second : Last{ip > 0 ? ip - 1 : 0, -1, ip > 0};
    currentFirstTraceable_ = firstTraceable(f->code);
  }
  const Code* code = f->code;
  bool start = false;
  if (ip > currentFirstTraceable_ && opcodeAt(code, ip) != Opcode::RESUME) {
    int32_t line = code->locations[ip].line;
    if (line > 0) {
      bool fresh = !currentLast_.known || currentLast_.ip <= currentFirstTraceable_;
      int32_t lastLine = fresh ? -1 : code->locations[currentLast_.ip].line;
      bool backwards =
          !fresh && ip < currentLast_.ip && opcodeAt(code, currentLast_.ip) != Opcode::SEND;
      start = line != lastLine || backwards;
    }
  }
  currentLast_ = Last{ip, step, true};
  return start;
}

void LineTracker::onEnter(Frame* f) {
  uint32_t first = firstTraceable(f->code);
  Last entry;
  if (f->ip > first) {
    // A generator resuming after the instruction that suspended it.
    if (f != current_ && frames_.count(f)) return;
    entry = Last{f->ip - 1, -1, true};
  }
  if (f == current_)
    currentLast_ = entry;
  else
    frames_[f] = entry;
}

int64_t LineTracker::lastStepOf(Frame* f) const {
  if (f == current_) return currentLast_.step;
  auto it = frames_.find(f);
  return it == frames_.end() ? -1 : it->second.step;
}

}  // namespace rw::recorder
