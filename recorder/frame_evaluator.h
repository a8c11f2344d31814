// Evaluates a Python expression in a frame of a paused replay, as pdb evaluates a breakpoint
// condition: with the frame's locals (cells and free variables included), its globals and
// its builtins. It runs inside an Interp::Inspection with the cycle collector held back, so
// what it allocates is invisible to the program and the replay stays exact. An expression
// that changes the program's objects, writes output, reads input, resumes one of the
// program's generators or compiles code is reported: the replay can no longer be trusted.
#pragma once

#include <functional>
#include <memory>
#include <string>

#include "runtime/interp.h"
#include "runtime/value.h"

namespace rw {
struct Code;
struct Frame;
}  // namespace rw

namespace rw::recorder {

struct Evaluation {
  bool ok = false;
  std::string error;       // when !ok: "NameError: name 'y' is not defined"
  std::string sideEffect;  // non-empty: what the expression did to the program
};

// An expression compiled once and evaluated at many steps of one run (a breakpoint's
// condition). Its objects stay out of the cycle collector's lists while it lives, so the
// collections the program makes meanwhile see and count exactly what they did when it was
// recorded. Made, used and released on the replay thread.
class CompiledExpression {
 public:
  // Nothing, with `error` set, when the text does not compile.
  static std::unique_ptr<CompiledExpression> compile(Interp& I, const std::string& expression,
                                                     std::string& error);
  CompiledExpression(const CompiledExpression&) = delete;
  CompiledExpression& operator=(const CompiledExpression&) = delete;
  // Frees the code; must be called before the interpreter goes away.
  void release(Interp& I);
  Code* code() const { return code_; }

 private:
  CompiledExpression() = default;
  void detach(Object* root);

  Code* code_ = nullptr;
  Interp::ObjectLinks detached_{&detached_, &detached_, 0};
};

// Calls `use` with the value (borrowed, valid during the call; `use` may run Python code,
// e.g. a truth test, under the same guard). Must run on the replay thread while it is paused.
Evaluation evaluateInFrame(Interp& I, Frame* frame, const std::string& expression,
                           const std::function<void(Interp&, Value)>& use);
Evaluation evaluateInFrame(Interp& I, Frame* frame, const CompiledExpression& expression,
                           const std::function<void(Interp&, Value)>& use);

// The object ids a program has (serials below the inspection range).
bool isProgramObjectSerial(uint64_t serial);

}  // namespace rw::recorder
