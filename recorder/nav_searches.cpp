#include "recorder/nav_searches.h"

#include "objects/code.h"
#include "objects/str.h"
#include "recorder/frame_evaluator.h"
#include "runtime/frame.h"
#include "runtime/interp.h"
#include "runtime/protocols.h"

namespace rw::recorder {

bool StepOverSearch::onStep(Interp& I, Frame*, uint32_t, int64_t step, bool lineStart) {
  if (!inWindow(step)) return false;
  if (I.recursionDepth < depth_ && !left_ && forward()) left_ = step;
  return lineStart && I.recursionDepth <= depth_ && found(step);
}

bool StepOutSearch::onStep(Interp& I, Frame*, uint32_t, int64_t step, bool) {
  return I.recursionDepth < depth_ && found(step);
}

BreakpointSearch::BreakpointSearch(std::vector<BreakpointSite> sites) : sites_(std::move(sites)) {
  for (size_t i = 0; i < sites_.size(); ++i)
    for (int64_t code : sites_[i].codeIds)
      byCodeLine_[{code, sites_[i].line}].push_back(i);
}

bool BreakpointSearch::onStep(Interp& I, Frame* f, uint32_t ip, int64_t step, bool lineStart) {
  if (!lineStart || !inWindow(step)) return false;
  Code* code = f->code;
  auto it = byCodeLine_.find({static_cast<int64_t>(code->serial), code->locations[ip].line});
  if (it == byCodeLine_.end()) return false;
  for (size_t index : it->second) {
    const BreakpointSite& site = sites_[index];
    if (site.condition.empty()) return found(step);
    bool truth = false;
    Evaluation e =
        evaluateInFrame(I, f, site.condition, [&](Interp& I2, Value v) { truth = truthy(I2, v); });
    if (!e.sideEffect.empty()) {
      failure_ = "the condition of " + site.label + " (" + site.condition +
                 ") is not free of side effects: " + e.sideEffect + " at step " +
                 std::to_string(step);
      return true;
    }
    if (!e.ok) {
      errors_.push_back(ConditionError{
          step, site.label + ": the condition " + site.condition + " raised " + e.error});
      continue;
    }
    if (truth) return found(step);
  }
  return false;
}

void ExceptionSearch::onRaise(Interp&, Frame*, Value exception, int64_t step) {
  foundInEvent(step, step);
  // An exception passing up through frames reports each of them at the same step.
  if (match() && *match() == step && matchTypeStep_ != step) {
    matchTypeStep_ = step;
    matchType_ = std::string(exception.asObject()->type->name->view());
  }
}

void LifetimeSearch::onBirth(Interp& I, Object* object, int64_t step) {
  if (birth_ && object->serial == serial_) foundInEvent(step, I.stepCount - 1);
}

void LifetimeSearch::onDeath(Interp& I, Object* object, int64_t step) {
  if (!birth_ && object->serial == serial_) foundInEvent(step, I.stepCount - 1);
}

}  // namespace rw::recorder
