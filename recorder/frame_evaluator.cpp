#include "recorder/frame_evaluator.h"

#include <limits>
#include <unordered_set>
#include <vector>

#include "compiler/compiler.h"
#include "objects/cell.h"
#include "objects/code.h"
#include "objects/dict.h"
#include "objects/tuple.h"
#include "recorder/hosts.h"
#include "runtime/eval.h"
#include "runtime/frame.h"
#include "runtime/interp.h"
#include "runtime/observer.h"
#include "runtime/protocols.h"
#include "syntax/syntax_error.h"

namespace rw::recorder {

namespace {

// Watches the expression's execution for anything that reaches the program's state.
class SideEffectGuard : public Observer {
 public:
  void onInstruction(Interp&, Frame*, uint32_t, int64_t) override {}
  void onWrite(Object* target) override {
    if (isProgramObjectSerial(target->serial)) note("it changed an object of the program");
  }
  void onDeath(Object* object) override {
    if (isProgramObjectSerial(object->serial)) note("it released an object of the program");
  }
  void onCall(Frame* frame) override {
    if (isProgramObjectSerial(frame->serial)) note("it resumed a generator of the program");
  }
  void onOutput(OutputStream, std::string_view) override { note("it wrote output"); }
  void onSource(int64_t, std::string_view, std::string_view) override { note("it compiled code"); }
  const std::string& what() const { return what_; }

 private:
  void note(const char* what) {
    if (what_.empty()) what_ = what;
  }
  std::string what_;
};

// The frame's variables as a dict, like CPython's frame.f_locals: module and class bodies
// use their namespace itself, functions a new dict of their locals, cells and free variables.
Value frameLocals(Interp& I, Frame* f) {
  if (f->locals) return newRef(Value(f->locals));
  Dict* d = newDict(I);
  Ref hold = Ref::steal(Value(d));
  Code* c = f->code;
  Value* slots = f->localsplus();
  for (int32_t i = 0; i < c->nlocals(); ++i)
    if (slots[i]) dictSet(I, d, c->varnames->item(i), slots[i]);
  for (int32_t i = 0; i < c->ncells() + c->nfrees(); ++i) {
    Value cell = slots[c->nlocals() + i];
    if (!cell || !isType(I, cell, I.types.cell)) continue;
    Value contents = static_cast<Cell*>(cell.asObject())->contents;
    Value name = i < c->ncells() ? c->cellvars->item(i) : c->freevars->item(i - c->ncells());
    if (contents) dictSet(I, d, name, contents);
  }
  return hold.release();
}

std::string describeException(Interp& I, Value exception) {
  std::string text(typeName(I, exception));
  try {
    std::string message = strString(I, exception);
    if (!message.empty()) text += ": " + message;
  } catch (PyException&) {
    decref(I.takePendingException());
  }
  return text;
}

}  // namespace

bool isProgramObjectSerial(uint64_t serial) {
  return serial < Interp::kInspectionSerialBase;
}

namespace {

// Runs `code` (or, without it, `text` compiled on the spot) in the frame, guarded.
Evaluation guardedRun(Interp& I, Frame* frame, Code* code, const std::string& text,
                      const std::function<void(Interp&, Value)>& use) {
  Evaluation result;
  Interp::Inspection inspection(I);
  // Evaluation runs instructions (counted as steps while an observer is attached) and may
  // reach a call that would start a collection: neither may change what the replay does.
  int64_t stepCount = I.stepCount;
  int64_t gcThreshold = I.gcThreshold;
  int64_t nextSourceId = I.nextSourceId;
  auto* replayHost = dynamic_cast<ReplayHost*>(&I.host);
  size_t inputsUsed = replayHost ? replayHost->consumed() : 0;
  I.gcThreshold = std::numeric_limits<int64_t>::max();
  SideEffectGuard guard;
  try {
    Ref compiled =
        code
            ? Ref::borrow(Value(code))
            : Ref::steal(Value(compileSource(I, text, "<expression>", 0, syntax::ParseMode::Eval)));
    Ref locals = Ref::steal(frameLocals(I, frame));
    I.observer = &guard;
    Ref value = Ref::steal(runCode(I, compiled.as<Code>(), frame->globals, locals.as<Dict>()));
    use(I, value.get());
    result.ok = true;
  } catch (PyException&) {
    Ref exception = Ref::steal(I.takePendingException());
    result.error = describeException(I, exception.get());
  } catch (const syntax::SyntaxError& e) {
    result.error = std::string("SyntaxError: ") + e.what();
  } catch (const ReplayError&) {
    result.error = "the expression read input";
    result.sideEffect = "it read input";
  }
  I.observer = nullptr;  // the inspection scope puts the replay's observer back
  I.stepCount = stepCount;
  I.gcThreshold = gcThreshold;
  if (result.sideEffect.empty()) result.sideEffect = guard.what();
  if (result.sideEffect.empty() && I.nextSourceId != nextSourceId)
    result.sideEffect = "it compiled code";
  if (result.sideEffect.empty() && replayHost && replayHost->consumed() != inputsUsed)
    result.sideEffect = "it read input";
  return result;
}

void unlinkObject(Interp::ObjectLinks* l) {
  l->prev->next = l->next;
  l->next->prev = l->prev;
}

void appendObject(Interp::ObjectLinks* head, Interp::ObjectLinks* l) {
  l->next = head;
  l->prev = head->prev;
  head->prev->next = l;
  head->prev = l;
}

}  // namespace

Evaluation evaluateInFrame(Interp& I, Frame* frame, const std::string& expression,
                           const std::function<void(Interp&, Value)>& use) {
  return guardedRun(I, frame, nullptr, expression, use);
}

Evaluation evaluateInFrame(Interp& I, Frame* frame, const CompiledExpression& expression,
                           const std::function<void(Interp&, Value)>& use) {
  return guardedRun(I, frame, expression.code(), "", use);
}

std::unique_ptr<CompiledExpression> CompiledExpression::compile(Interp& I,
                                                                const std::string& expression,
                                                                std::string& error) {
  std::unique_ptr<CompiledExpression> out(new CompiledExpression());
  Interp::Inspection inspection(I);
  try {
    out->code_ = compileSource(I, expression, "<expression>", 0, syntax::ParseMode::Eval);
  } catch (const syntax::SyntaxError& e) {
    error = std::string("SyntaxError: ") + e.what();
    return nullptr;
  } catch (PyException&) {
    Ref exception = Ref::steal(I.takePendingException());
    error = describeException(I, exception.get());
    return nullptr;
  }
  out->detach(out->code_);
  return out;
}

// Moves the code's containers (all made during the inspection) out of the collector's lists.
void CompiledExpression::detach(Object* root) {
  std::vector<Object*> work{root};
  std::unordered_set<Object*> seen;
  while (!work.empty()) {
    Object* o = work.back();
    work.pop_back();
    if (isProgramObjectSerial(o->serial) || !seen.insert(o).second) continue;
    if (o->flags & kGcTracked) {
      unlinkObject(Interp::linksOf(o));
      appendObject(&detached_, Interp::linksOf(o));
    }
    if (o->type->traverse)
      o->type->traverse(o, [&](Value child) {
        if (child.isObject()) work.push_back(child.asObject());
      });
  }
}

void CompiledExpression::release(Interp& I) {
  if (!code_) return;
  decref(Value(code_));
  code_ = nullptr;
  // Freed objects left the list themselves; anything still alive goes back to the collector.
  while (detached_.next != &detached_) {
    Interp::ObjectLinks* l = detached_.next;
    unlinkObject(l);
    appendObject(&I.gcHead, l);
  }
}

}  // namespace rw::recorder
