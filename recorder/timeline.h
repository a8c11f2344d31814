// The timeline API: everything a debugger front end asks of a recorded trace. Opening a trace
// reads its index; state(step) reconstructs the exact state at any step by restoring the
// nearest keyframe into a fresh engine and replaying deterministically to that step.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "recorder/state.h"

namespace rw::syntax {
struct ParsedModule;
struct Token;
}  // namespace rw::syntax

namespace rw {
struct SymbolTable;
}

namespace rw::recorder {

class ReplayListener;

class TimelineError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// A navigation request that cannot be answered as asked: an expression that does not
// evaluate at the step, a breakpoint on a line without code, a condition with side effects.
class NavigationError : public TimelineError {
 public:
  using TimelineError::TimelineError;
};

enum class Direction { Forward, Backward };

struct Breakpoint {
  std::string file;  // as the program named it, or its trailing components ("prog.py")
  int line = 0;
  std::string condition;  // a Python expression evaluated in the frame; empty: always stop
};

// Where a navigation command arrives.
struct Arrival {
  std::optional<int64_t> step;        // nothing: there is no such step
  std::string note;                   // why not, or what was found there
  std::vector<std::string> warnings;  // breakpoint conditions that raised on the way
};

// What the timeline markers show: a call, a raised exception, output.
struct TimelineEvent {
  enum class Kind { Call, Raise, Output };
  Kind kind = Kind::Call;
  int64_t step = 0;
  int64_t codeId = 0;  // Call: the code entered; Raise: the code that raised
  std::string detail;  // Raise: the exception's type name; Output: the text
  int stream = 1;      // Output: 1 stdout, 2 stderr
};

class Timeline {
 public:
  // Throws TimelineError naming the file and the problem.
  static std::unique_ptr<Timeline> open(const std::string& tracePath);
  virtual ~Timeline() = default;

  virtual int64_t steps() const = 0;
  // "complete", "max-steps", "interrupted", ... and whether the program raised at the end.
  virtual std::string status() const = 0;
  virtual int exitCode() const = 0;
  virtual const std::vector<SourceInfo>& sources() const = 0;
  virtual std::vector<int64_t> codeIds() const = 0;
  virtual const CodeInfo& code(int64_t codeId) const = 0;

  // The front-end stages of a source, recomputed from its text.
  virtual const std::vector<syntax::Token>& tokens(int64_t sourceId) = 0;
  virtual const syntax::ParsedModule& ast(int64_t sourceId) = 0;
  virtual const SymbolTable& symbols(int64_t sourceId) = 0;

  // The exact state before instruction `step` executes (0 <= step < steps()).
  virtual StepState state(int64_t step) = 0;

  // Replays steps [first, end) with `listener` watching every step and event. It may also
  // see steps before `first` (the replay starts at a keyframe) and must not pause the
  // replay. Successive calls with ascending ranges continue one replay.
  virtual void replay(int64_t first, int64_t end, ReplayListener& listener) = 0;

  // Navigation, from step `from` (0 <= from < steps()), forwards to a later step or
  // backwards to an earlier one. Lines start where CPython reports a `line` trace event.
  // One instruction.
  virtual Arrival stepInstruction(int64_t from, Direction direction) = 0;
  // step / reverse-step: the next (previous) line start in any frame.
  virtual Arrival stepLine(int64_t from, Direction direction) = 0;
  // next / reverse-next: the next (previous) line start in this frame or a shallower one,
  // stepping over calls.
  virtual Arrival stepOver(int64_t from, Direction direction) = 0;
  // finish: the first step after the frame returned (or yielded), in its caller.
  // reverse-finish: the step of the instruction that entered the frame's current activation
  // (the call, or for a generator the instruction that resumed it).
  virtual Arrival stepOut(int64_t from, Direction direction) = 0;
  // continue / reverse-continue: the next (previous) line start on a breakpoint's line where
  // its condition is true.
  virtual Arrival continueTo(int64_t from, Direction direction,
                             const std::vector<Breakpoint>& breakpoints) = 0;
  // The next (previous) step whose instruction raised an exception.
  virtual Arrival continueToException(int64_t from, Direction direction) = 0;
  // next-write / last-write: the next (previous) step whose instruction wrote `target`:
  // `name` (resolved in the frame at `from`), `obj.attr` or `x[k]` (obj and x evaluated at
  // `from`, then followed by identity).
  virtual Arrival write(int64_t from, Direction direction, const std::string& target) = 0;
  // The step whose instruction created (released) the object `expression` names at `at`.
  virtual Arrival creation(int64_t at, const std::string& expression) = 0;
  virtual Arrival death(int64_t at, const std::string& expression) = 0;
  // The same by identity (the id a ValueView or HeapObjectView shows): the next (previous)
  // step whose instruction wrote into object `objectId` (an element, an attribute, a cell's
  // contents), and the step that created it.
  virtual Arrival objectWrite(int64_t from, Direction direction, uint64_t objectId) = 0;
  virtual Arrival objectCreation(uint64_t objectId) = 0;
  // The next (previous) step that enters the syntax tree node `astNode` of source
  // `sourceId`: its instruction comes from the node or one of its descendants, and the step
  // before it in the same frame did not. In a loop, each iteration enters its body again.
  virtual Arrival executeNode(int64_t from, Direction direction, int64_t sourceId,
                              uint32_t astNode) = 0;

  // The calls (including generator resumptions), raises and output of steps [first, end),
  // in step order; a range that ends the run also gets the output written after the last
  // step (step steps(): an uncaught exception's traceback). Output is read from the trace;
  // calls and raises need a replay of the range, so a long range costs as long a replay.
  virtual std::vector<TimelineEvent> events(int64_t first, int64_t end) = 0;
};

}  // namespace rw::recorder
