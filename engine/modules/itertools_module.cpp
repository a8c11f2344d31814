// The itertools module: the shared iterator state (itertools.h) with its lifecycle and
// snapshot codec, and the module's initialiser. The iterators themselves live in the
// itertools_*.cpp files.
#include "modules/itertools.h"

#include <string>

#include "modules/module_snapshot.h"
#include "modules/module_support.h"
#include "modules/native_modules.h"
#include "runtime/protocols.h"

namespace rw {

namespace {

void releaseState(IterState* s) {
  std::vector<Value> old;
  old.swap(s->slots);
  // Keep the slot count: an iterator cleared by the collector is still indexed by its type.
  s->slots.assign(old.size(), Value());
  for (Value v : old)
    decref(v);
}

void stateDestroy(Object* o) {
  IterState* s = static_cast<IterState*>(o);
  releaseState(s);
  s->~IterState();
}

void stateClear(Object* o) {
  releaseState(static_cast<IterState*>(o));
}

void stateTraverse(Object* o, const RefVisitor& visit) {
  for (Value v : static_cast<IterState*>(o)->slots)
    if (v) visit(v);
}

Value selfIter(Interp&, Value self) {
  return newRef(self);
}

void stateWrite(Interp&, Object* o, SnapshotEncoder& e) {
  IterState* s = static_cast<IterState*>(o);
  module_snapshot::writeValues(e, s->slots);
  module_snapshot::writeInts(e, s->counters);
}

void stateRead(Interp&, Object* o, SnapshotDecoder& d) {
  IterState* s = static_cast<IterState*>(o);
  module_snapshot::readValues(d, s->slots);
  module_snapshot::readInts(d, s->counters);
}

const SnapshotCodec kStateCodec{stateWrite, module_snapshot::allocate<IterState>, stateRead,
                                nullptr, false};

}  // namespace

IterState* newIterState(Interp& I, Type* type, size_t slots, size_t counters) {
  IterState* s = I.alloc<IterState>(type);
  s->slots.assign(slots, Value());
  s->counters.assign(counters, 0);
  return s;
}

void setSlot(IterState* s, size_t index, Value v) {
  Value old = s->slots[index];
  s->slots[index] = newRef(v);
  decref(old);
}

Type* newIterType(Interp& I, Module* module, std::string_view name, Value (*next)(Interp&, Value)) {
  Type* t = newModuleType(I, module, name, sizeof(IterState), kTypeGc | kTypeBaseType);
  t->destroy = stateDestroy;
  t->clear = stateClear;
  t->traverse = stateTraverse;
  t->iter = next ? selfIter : nullptr;
  t->next = next;
  registerSnapshotCodec(I, t, &kStateCodec);
  addModuleValue(I, module, name, Value(t));
  return t;
}

Type* iterType(Interp& I, std::string_view name) {
  return static_cast<Type*>(I.findStatic("type:itertools." + std::string(name)));
}

void initItertoolsModule(Interp& I, Module* module) {
  initItertoolsInfinite(I, module);
  initItertoolsFilters(I, module);
  initItertoolsChains(I, module);
  initItertoolsGroupby(I, module);
  initItertoolsTee(I, module);
  initItertoolsCombinatoric(I, module);
}

}  // namespace rw
