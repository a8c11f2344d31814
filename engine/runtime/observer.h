// The evaluator's observer interface: the recorder (and tests) watch execution through it.
//
// The evaluator calls onInstruction before every instruction only when an observer is
// attached: it then dispatches through a second table whose entries all lead to the hook,
// so an idle evaluator pays nothing per instruction. Object births, deaths and writes are
// reported from the object code behind one predictable branch each.
#pragma once

#include <cstdint>
#include <string_view>

#include "runtime/value.h"

namespace rw {

class Interp;
struct Frame;
struct Object;

enum class OutputStream : uint8_t { Stdout = 1, Stderr = 2 };

class Observer {
 public:
  virtual ~Observer() = default;
  // Before the instruction at frame->code->instructions[ip] executes. `step` counts every
  // instruction executed so far (step k is the state before the k-th instruction).
  virtual void onInstruction(Interp& interp, Frame* frame, uint32_t ip, int64_t step) = 0;
  virtual void onBirth(Object*) {}
  virtual void onDeath(Object*) {}
  // A visible mutation of `target` (an element, attribute, cell, global, ...).
  virtual void onWrite(Object* /*target*/) {}
  virtual void onCall(Frame*) {}
  virtual void onReturn(Frame*) {}
  // An exception was raised in `frame` (or passed up into it while unwinding).
  virtual void onRaise(Frame*, Value /*exception*/) {}
  virtual void onOutput(OutputStream, std::string_view) {}
  // A source was compiled (the main program, an imported module, exec'd text).
  virtual void onSource(int64_t /*sourceId*/, std::string_view /*path*/, std::string_view /*text*/) {}
};

}  // namespace rw
