// Frame objects: allocation with inline local slots and value stack, and the f_* attributes.
#include "runtime/frame.h"

#include "objects/cell.h"
#include "objects/code.h"
#include "objects/dict.h"
#include "objects/function.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/protocols.h"
#include "runtime/type_support.h"

namespace rw {

Value* Frame::stackBase() { return localsplus() + code->nlocalsplus(); }

int32_t Frame::line() const { return code->lineOf(ip); }

Frame* newFrame(Interp& I, Code* code, Function* function, Dict* globals, Dict* builtins,
                Dict* locals) {
  size_t slots = static_cast<size_t>(code->nlocalsplus() + code->stacksize);
  Frame* f = I.alloc<Frame>(I.types.frame, slots * sizeof(Value));
  Value* values = f->localsplus();
  for (size_t i = 0; i < slots; ++i) new (&values[i]) Value();
  f->code = newRef(code);
  f->function = function ? newRef(function) : nullptr;
  f->globals = newRef(globals);
  f->builtins = newRef(builtins);
  f->locals = locals ? newRef(locals) : nullptr;
  f->sp = f->stackBase();
  return f;
}

namespace {

void frameClearValues(Frame* f) {
  Value* values = f->localsplus();
  int64_t live = f->sp - values;
  for (int64_t i = 0; i < live; ++i) {
    Value v = values[i];
    values[i] = Value();
    decref(v);
  }
  f->sp = f->stackBase();
}

void frameDestroy(Object* o) {
  Frame* f = static_cast<Frame*>(o);
  frameClearValues(f);
  decref(static_cast<Object*>(f->code));
  if (f->function) decref(static_cast<Object*>(f->function));
  decref(static_cast<Object*>(f->globals));
  decref(static_cast<Object*>(f->builtins));
  if (f->locals) decref(static_cast<Object*>(f->locals));
}

void frameTraverse(Object* o, const RefVisitor& visit) {
  Frame* f = static_cast<Frame*>(o);
  visit(Value(f->code));
  if (f->function) visit(Value(f->function));
  visit(Value(f->globals));
  visit(Value(f->builtins));
  if (f->locals) visit(Value(f->locals));
  for (Value* v = f->localsplus(); v < f->sp; ++v)
    if (*v) visit(*v);
}

Value frameRepr(Interp& I, Value self) {
  Frame* f = static_cast<Frame*>(self.asObject());
  char buffer[48];
  std::snprintf(buffer, sizeof buffer, "<frame at 0x%llx, file '",
                static_cast<unsigned long long>(0x7f0000000000ull + f->serial * 16));
  return Value(newStr(I, std::string(buffer) + std::string(f->code->filename->view()) +
                             "', line " + std::to_string(f->line()) + ", code " +
                             std::string(f->code->name->view()) + ">"));
}

Value frameGetAttr(Interp& I, Value self, Str* name) {
  Frame* f = static_cast<Frame*>(self.asObject());
  std::string_view n = name->view();
  if (n == "f_code") return newRef(Value(f->code));
  if (n == "f_globals") return newRef(Value(f->globals));
  if (n == "f_builtins") return newRef(Value(f->builtins));
  if (n == "f_lineno") return Value::smallInt(f->line());
  if (n == "f_lasti") return Value::smallInt(f->ip);
  if (n == "f_back") return f->back ? newRef(Value(f->back)) : I.None();
  if (n == "f_locals") {
    if (f->locals) return newRef(Value(f->locals));
    Dict* d = newDict(I);
    Ref hold = Ref::steal(Value(d));
    Code* c = f->code;
    for (int32_t i = 0; i < c->nlocals(); ++i) {
      Value v = f->localsplus()[i];
      if (v) dictSet(I, d, c->varnames->item(i), v);
    }
    for (int32_t i = 0; i < c->ncells() + c->nfrees(); ++i) {
      Value cell = f->localsplus()[c->nlocals() + i];
      if (!cell || !isType(I, cell, I.types.cell)) continue;
      Value contents = static_cast<Cell*>(cell.asObject())->contents;
      Value nameValue = i < c->ncells() ? c->cellvars->item(i) : c->freevars->item(i - c->ncells());
      if (contents) dictSet(I, d, nameValue, contents);
    }
    return hold.release();
  }
  return genericGetAttr(I, self, name);
}

}  // namespace

void initFrameType(Interp& I) {
  Type* t = I.types.frame;
  t->destroy = frameDestroy;
  t->traverse = frameTraverse;
  t->clear = [](Object* o) { frameClearValues(static_cast<Frame*>(o)); };
  t->repr = frameRepr;
  t->getAttr = frameGetAttr;
}

Dict* builtinsFor(Interp& I, Dict* globals) {
  Value b = dictGetStr(I, globals, I.names.__builtins__);
  if (b && isType(I, b, I.types.module)) return static_cast<Module*>(b.asObject())->dict;
  if (b && isType(I, b, I.types.dict)) return static_cast<Dict*>(b.asObject());
  return I.builtins;
}

}  // namespace rw
