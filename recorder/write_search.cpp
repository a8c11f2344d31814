#include "recorder/write_search.h"

#include "compiler/opcodes.h"
#include "objects/cell.h"
#include "objects/code.h"
#include "objects/dict.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/frame.h"
#include "runtime/interp.h"
#include "runtime/protocols.h"

namespace rw::recorder {

namespace {

uint64_t identityOf(Value v) {
  if (!v) return 0;
  if (v.isSmallInt()) return v.bits();
  return v.asObject()->serial << 1;
}

// A new reference to the key, made inside an inspection.
Value buildKey(Interp& I, const ElementKey& key) {
  switch (key.kind) {
    case ElementKey::Kind::Int:
      return Value::smallInt(key.number);
    case ElementKey::Kind::Str:
      return Value(newStr(I, key.text));
    case ElementKey::Kind::Tuple: {
      Tuple* t = newTuple(I, static_cast<int64_t>(key.items.size()));
      for (size_t i = 0; i < key.items.size(); ++i)
        t->items()[i] = buildKey(I, key.items[i]);
      return Value(t);
    }
  }
  return Value();
}

bool keyEquals(Interp& I, Value v, const ElementKey& key) {
  switch (key.kind) {
    case ElementKey::Kind::Int:
      return v.isSmallInt() && v.asSmallInt() == key.number;
    case ElementKey::Kind::Str:
      return isType(I, v, I.types.str) && strView(v) == key.text;
    case ElementKey::Kind::Tuple: {
      if (!isType(I, v, I.types.tuple)) return false;
      Tuple* t = static_cast<Tuple*>(v.asObject());
      if (t->size != static_cast<int64_t>(key.items.size())) return false;
      for (int64_t i = 0; i < t->size; ++i)
        if (!keyEquals(I, t->item(i), key.items[i])) return false;
      return true;
    }
  }
  return false;
}

bool nameIs(const Code* code, uint32_t arg, const std::string& name) {
  return strView(code->names->item(arg)) == name;
}

}  // namespace

Object* WriteSearch::attributeDict() const {
  if (!owner_ || spec_.kind != BindingKind::Attribute) return nullptr;
  Type* t = owner_->type;
  if (t->hasFlag(kTypeTypeSubclass)) return static_cast<Type*>(owner_)->dict;
  return t->instanceDict ? *t->instanceDict(owner_) : nullptr;
}

uint64_t WriteSearch::probe(Interp& I) {
  if (!owner_) return 0;
  switch (spec_.kind) {
    case BindingKind::FastLocal:
      return identityOf(static_cast<Frame*>(owner_)->localsplus()[spec_.slot]);
    case BindingKind::Cell:
      return identityOf(static_cast<Cell*>(owner_)->contents);
    case BindingKind::Namespace:
      return identityOf(dictGetStr(I, static_cast<Dict*>(owner_), spec_.name));
    case BindingKind::Attribute: {
      auto* d = static_cast<Dict*>(attributeDict());
      return d ? identityOf(dictGetStr(I, d, spec_.name)) : 0;
    }
    case BindingKind::ListItem: {
      auto* l = static_cast<List*>(owner_);
      int64_t i = spec_.key.number < 0 ? spec_.key.number + l->size : spec_.key.number;
      return i >= 0 && i < l->size ? identityOf(l->items[i]) : 0;
    }
    case BindingKind::DictItem: {
      auto* d = static_cast<Dict*>(owner_);
      if (spec_.key.kind == ElementKey::Kind::Str)
        return identityOf(dictGetStr(I, d, spec_.key.text));
      // Comparing keys may run __eq__ of the dict's other keys: only inside an inspection.
      Interp::Inspection inspection(I);
      Ref key = Ref::steal(buildKey(I, spec_.key));
      try {
        return identityOf(dictGet(I, d, key.get()));
      } catch (PyException&) {
        decref(I.takePendingException());
        return 0;
      }
    }
  }
  return 0;
}

void WriteSearch::locate(Interp& I) {
  located_ = true;
  owner_ = nullptr;
  I.forEachObject([&](Object* o) {
    if (o->serial == spec_.owner) owner_ = o;
  });
  value_ = probe(I);
}

void WriteSearch::onNewReplay() {
  located_ = false;
  owner_ = nullptr;
  ownerBirth_ = -1;
  change_.reset();
  store_.reset();
  raisedSinceStore_ = false;
  lastStepInFrame_ = -1;
}

bool WriteSearch::storesIntoBinding(Interp& I, Frame* f, uint32_t ip) {
  if (!owner_) return false;
  const Code* code = f->code;
  Instruction word = code->instructions[ip];
  uint32_t arg = instructionArg(word);
  Value* sp = f->sp;
  switch (instructionOpcode(word)) {
    case Opcode::STORE_FAST:
    case Opcode::DELETE_FAST:
      return spec_.kind == BindingKind::FastLocal && f == owner_ &&
             static_cast<int32_t>(arg) == spec_.slot;
    case Opcode::STORE_DEREF:
    case Opcode::DELETE_DEREF:
      return spec_.kind == BindingKind::Cell &&
             f->localsplus()[code->nlocals() + static_cast<int32_t>(arg)].is(Value(owner_));
    case Opcode::STORE_NAME:
    case Opcode::DELETE_NAME:
      return spec_.kind == BindingKind::Namespace &&
             (f->locals ? f->locals : f->globals) == owner_ && nameIs(code, arg, spec_.name);
    case Opcode::STORE_GLOBAL:
    case Opcode::DELETE_GLOBAL:
      return spec_.kind == BindingKind::Namespace && f->globals == owner_ &&
             nameIs(code, arg, spec_.name);
    case Opcode::STORE_ATTR:
    case Opcode::DELETE_ATTR:
      return spec_.kind == BindingKind::Attribute && sp[-1].is(Value(owner_)) &&
             nameIs(code, arg, spec_.name);
    case Opcode::STORE_SUBSCR:
    case Opcode::DELETE_SUBSCR:
      return (spec_.kind == BindingKind::ListItem || spec_.kind == BindingKind::DictItem) &&
             sp[-2].is(Value(owner_)) && keyEquals(I, sp[-1], spec_.key);
    default:
      return false;
  }
}

bool WriteSearch::settle(Interp& I) {
  if (!change_ && !store_) return false;
  uint64_t now = probe(I);
  bool changed = now != value_;
  value_ = now;
  bool pause = false;
  if (store_ && !raisedSinceStore_)
    pause = found(store_->step, store_->seenAt);
  else if (changed && change_)
    pause = found(change_->step, change_->seenAt);
  change_.reset();
  store_.reset();
  raisedSinceStore_ = false;
  return pause;
}

bool WriteSearch::onStep(Interp& I, Frame* f, uint32_t ip, int64_t step, bool) {
  if (!located_) locate(I);
  bool pause = settle(I);
  if (spec_.kind == BindingKind::FastLocal && f == owner_) {
    // Arguments are bound while the call creates the frame, before its first step.
    uint64_t now = probe(I);
    if (now != value_) {
      int64_t at = lastStepInFrame_ >= 0 ? lastStepInFrame_ : ownerBirth_;
      if (at >= 0) pause = found(at, step - 1) || pause;
      value_ = now;
    }
    lastStepInFrame_ = step;
  }
  if (storesIntoBinding(I, f, ip)) {
    store_ = Pending{step, step};
    raisedSinceStore_ = false;
  }
  return pause;
}

void WriteSearch::onWrite(Interp& I, Object* target, int64_t step) {
  if (!owner_ || change_) return;
  if (target == owner_ || (target == attributeDict() && target))
    change_ = Pending{step, I.stepCount - 1};
}

void WriteSearch::onBirth(Interp& I, Object* object, int64_t step) {
  if (object->serial != spec_.owner) return;
  owner_ = object;
  ownerBirth_ = step;
  value_ = 0;
  // Whatever the new holder is born with counts as written by the step that made it.
  if (spec_.kind != BindingKind::FastLocal) change_ = Pending{step, I.stepCount - 1};
}

void WriteSearch::onDeath(Interp&, Object* object, int64_t) {
  if (object != owner_) return;
  owner_ = nullptr;
  change_.reset();
  store_.reset();
}

void WriteSearch::onRaise(Interp&, Frame*, Value, int64_t) {
  if (store_) raisedSinceStore_ = true;
}

void WriteSearch::onEnd(Interp& I, int64_t) {
  settle(I);
}

}  // namespace rw::recorder
