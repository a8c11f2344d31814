#include "recorder/nav_searches.h"

#include <algorithm>

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

BreakpointSearch::BreakpointSearch(std::vector<BreakpointSite> sites)
    : sites_(std::move(sites)), compiled_(sites_.size()) {
  for (size_t i = 0; i < sites_.size(); ++i)
    for (int64_t code : sites_[i].codeIds)
      byCodeLine_[{code, sites_[i].line}].push_back(i);
}

BreakpointSearch::~BreakpointSearch() = default;

bool BreakpointSearch::onStep(Interp& I, Frame* f, uint32_t ip, int64_t step, bool lineStart) {
  if (!lineStart || !inWindow(step)) return false;
  Code* code = f->code;
  auto it = byCodeLine_.find({static_cast<int64_t>(code->serial), code->locations[ip].line});
  if (it == byCodeLine_.end()) return false;
  for (size_t index : it->second) {
    if (sites_[index].condition.empty() || conditionHolds(I, f, index, step)) return found(step);
    if (!failure_.empty()) return true;
  }
  return false;
}

bool BreakpointSearch::conditionHolds(Interp& I, Frame* f, size_t index, int64_t step) {
  const BreakpointSite& site = sites_[index];
  auto note = [&](const std::string& error) {
    errors_.push_back(ConditionError{
        step, site.label + ": the condition " + site.condition + " raised " + error});
  };
  if (!compiled_[index]) {
    std::string error;
    compiled_[index] = CompiledExpression::compile(I, site.condition, error);
    if (!compiled_[index]) {
      note(error);
      return false;
    }
  }
  bool truth = false;
  Evaluation e =
      evaluateInFrame(I, f, *compiled_[index], [&](Interp& I2, Value v) { truth = truthy(I2, v); });
  if (!e.sideEffect.empty()) {
    failure_ = "the condition of " + site.label + " (" + site.condition +
               ") is not free of side effects: " + e.sideEffect + " at step " +
               std::to_string(step);
    return false;
  }
  if (!e.ok) note(e.error);
  return e.ok && truth;
}

void BreakpointSearch::onRunEnd(Interp& I) {
  for (std::unique_ptr<CompiledExpression>& c : compiled_)
    if (c) {
      c->release(I);
      c.reset();
    }
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

void ObjectWriteSearch::onWrite(Interp& I, Object* target, int64_t step) {
  if (target->serial == serial_) foundInEvent(step, I.stepCount - 1);
}

NodeEntrySearch::NodeEntrySearch(std::vector<int64_t> codeIds, uint32_t firstNode, uint32_t endNode)
    : codeIds_(std::move(codeIds)), firstNode_(firstNode), endNode_(endNode) {
  std::sort(codeIds_.begin(), codeIds_.end());
}

void NodeEntrySearch::onNewReplay() {
  lastIp_.clear();
  seeded_ = false;
  cachedCode_ = 0;
  cachedRelevant_ = false;
}

bool NodeEntrySearch::relevant(const Code* code) {
  if (code->serial != cachedCode_) {
    cachedCode_ = code->serial;
    cachedRelevant_ =
        std::binary_search(codeIds_.begin(), codeIds_.end(), static_cast<int64_t>(code->serial));
  }
  return cachedRelevant_;
}

bool NodeEntrySearch::inside(const Code* code, uint32_t ip) const {
  if (ip >= code->locations.size()) return false;
  uint32_t node = code->locations[ip].node;
  return node >= firstNode_ && node < endNode_;
}

bool NodeEntrySearch::onStep(Interp&, Frame* f, uint32_t ip, int64_t step, bool) {
  bool firstOfRun = !seeded_;
  if (firstOfRun) {
    seeded_ = true;
    for (Frame* caller = f->back; caller; caller = caller->back)
      if (relevant(caller->code)) lastIp_[caller->serial] = caller->ip;
  }
  if (!relevant(f->code)) return false;
  bool entering = inside(f->code, ip);
  auto last = lastIp_.find(f->serial);
  if (last != lastIp_.end()) {
    entering = entering && !inside(f->code, last->second);
    last->second = ip;
  } else {
    // A frame not seen before is new, unless the replay started inside it or it is a
    // generator's, resumed after the replay started: those executed the instruction before
    // their ip last (the yield, or the step before the replay's first).
    if ((firstOfRun || f->generator) && ip > 0) entering = entering && !inside(f->code, ip - 1);
    lastIp_.emplace(f->serial, ip);
  }
  return entering && found(step);
}

void NodeEntrySearch::onReturn(Interp&, Frame* f, int64_t) {
  // A generator's frame comes back after a yield; other frames are done.
  if (!f->generator) lastIp_.erase(f->serial);
}

void NodeEntrySearch::onDeath(Interp&, Object* object, int64_t) {
  if (!lastIp_.empty()) lastIp_.erase(object->serial);
}

}  // namespace rw::recorder
