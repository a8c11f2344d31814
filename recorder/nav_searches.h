// The searches behind the debugger's movement commands: line starts (step), line starts at
// the same or a shallower frame depth (next), the first step outside a frame (finish),
// breakpoints with conditions, raised exceptions, and an object's birth or death. Each one
// judges single steps of a replay; replay_query.h decides which steps it sees.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "recorder/replay_query.h"

namespace rw {
struct Code;
}

namespace rw::recorder {

// step / reverse-step: any line start.
class LineStartSearch : public StepSearch {
 public:
  bool onStep(Interp&, Frame*, uint32_t, int64_t step, bool lineStart) override {
    return lineStart && found(step);
  }
};

// next / reverse-next: a line start with at most `depth` frames on the chain. Going forward,
// once the frame has returned (fewer frames) every later step is a candidate.
class StepOverSearch : public StepSearch {
 public:
  explicit StepOverSearch(int depth) : depth_(depth) {}
  bool onStep(Interp& I, Frame*, uint32_t, int64_t step, bool lineStart) override;
  std::optional<int64_t> everyStepFrom() const override { return left_; }

 private:
  int depth_;
  std::optional<int64_t> left_;
};

// finish / reverse-finish: a step with fewer than `depth` frames on the chain.
class StepOutSearch : public StepSearch {
 public:
  explicit StepOutSearch(int depth) : depth_(depth) {}
  bool onStep(Interp& I, Frame*, uint32_t, int64_t step, bool) override;

 private:
  int depth_;
};

// A breakpoint resolved to the code objects that have instructions on its line.
struct BreakpointSite {
  std::string label;  // "FILE:LINE"
  std::vector<int64_t> codeIds;
  int line = 0;
  std::string condition;  // empty: always stop
};

// A condition that raised where its breakpoint was hit: no stop there.
struct ConditionError {
  int64_t step = 0;
  std::string message;
};

class CompiledExpression;

// continue / reverse-continue to breakpoints: a line start on a breakpoint's line whose
// condition is true in the frame there. Conditions are compiled once per run.
class BreakpointSearch : public StepSearch {
 public:
  explicit BreakpointSearch(std::vector<BreakpointSite> sites);
  ~BreakpointSearch() override;
  bool onStep(Interp& I, Frame* f, uint32_t ip, int64_t step, bool lineStart) override;
  void onRunEnd(Interp& I) override;
  std::string failure() const override { return failure_; }
  const std::vector<ConditionError>& conditionErrors() const { return errors_; }

 private:
  // Whether the site's condition holds in `f`; false (and noted) when it raises.
  bool conditionHolds(Interp& I, Frame* f, size_t site, int64_t step);

  std::vector<BreakpointSite> sites_;
  std::vector<std::unique_ptr<CompiledExpression>> compiled_;  // per site, during a run
  std::map<std::pair<int64_t, int>, std::vector<size_t>> byCodeLine_;
  std::vector<ConditionError> errors_;
  std::string failure_;
};

// continue / reverse-continue to exceptions: the step whose instruction raised one.
class ExceptionSearch : public StepSearch {
 public:
  bool onStep(Interp&, Frame*, uint32_t, int64_t, bool) override { return takePauseRequest(); }
  void onRaise(Interp& I, Frame*, Value exception, int64_t step) override;
  // The type of the exception raised at the matching step.
  const std::string& matchType() const { return matchType_; }

 private:
  int64_t matchTypeStep_ = -1;
  std::string matchType_;
};

// created / died: the step whose instruction created (or released) the object `serial`.
class LifetimeSearch : public StepSearch {
 public:
  LifetimeSearch(uint64_t serial, bool birth) : serial_(serial), birth_(birth) {}
  bool onStep(Interp&, Frame*, uint32_t, int64_t, bool) override { return takePauseRequest(); }
  void onBirth(Interp&, Object* object, int64_t step) override;
  void onDeath(Interp&, Object* object, int64_t step) override;

 private:
  uint64_t serial_;
  bool birth_;
};

// The next (previous) change of one object, by identity: a step whose instruction wrote
// into it.
class ObjectWriteSearch : public StepSearch {
 public:
  explicit ObjectWriteSearch(uint64_t serial) : serial_(serial) {}
  bool onStep(Interp&, Frame*, uint32_t, int64_t, bool) override { return takePauseRequest(); }
  void onWrite(Interp& I, Object* target, int64_t step) override;

 private:
  uint64_t serial_;
};

// Steps that enter a syntax tree node: the instruction comes from one of the nodes
// [firstNode, endNode) of the code objects `codeIds` (serials; all of one source), and the
// instruction its frame executed before did not. Each frame's latest instruction is
// followed through the replay; callers already on the chain when a replay starts executed
// the call their ip points at last.
class NodeEntrySearch : public StepSearch {
 public:
  NodeEntrySearch(std::vector<int64_t> codeIds, uint32_t firstNode, uint32_t endNode);
  bool onStep(Interp& I, Frame* f, uint32_t ip, int64_t step, bool lineStart) override;
  void onReturn(Interp& I, Frame* f, int64_t step) override;
  void onDeath(Interp& I, Object* object, int64_t step) override;
  void onNewReplay() override;

 private:
  bool relevant(const Code* code);
  bool inside(const Code* code, uint32_t ip) const;

  std::vector<int64_t> codeIds_;  // ascending
  uint32_t firstNode_;
  uint32_t endNode_;
  uint64_t cachedCode_ = 0;  // the serial whose relevance is cached
  bool cachedRelevant_ = false;
  bool seeded_ = false;
  std::unordered_map<uint64_t, uint32_t> lastIp_;  // frame serial -> its latest instruction
};

}  // namespace rw::recorder
