// map(function, *iterables) and filter(function or None, iterable).
#include "objects/builtin_iterators.h"
#include "objects/tuple.h"
#include "runtime/protocols.h"
#include "runtime/type_support.h"

namespace rw {

namespace {

Value selfIter(Interp&, Value self) {
  return newRef(self);
}

// ---- map ---------------------------------------------------------------------------------

Value mapNew(Interp& I, Type* type, CallArgs args) {
  if (type == I.types.map) checkNoKeywords(I, "map", args);
  if (args.nargs < 2) raiseTypeError(I, "map() must have at least two arguments.");
  std::vector<Ref> iterators;
  for (size_t i = 1; i < args.nargs; ++i)
    iterators.push_back(Ref::steal(getIter(I, args.args[i])));
  Map* m = I.alloc<Map>(type);
  m->function = newRef(args.args[0]);
  for (Ref& it : iterators)
    m->iterators.push_back(it.release());
  return Value(m);
}

void mapRelease(Map* m) {
  std::vector<Value> old;
  old.swap(m->iterators);
  Value function = m->function;
  m->function = Value();
  for (Value v : old)
    decref(v);
  decref(function);
}

void mapDestroy(Object* o) {
  Map* m = static_cast<Map*>(o);
  mapRelease(m);
  m->~Map();
}

void mapTraverse(Object* o, const RefVisitor& visit) {
  Map* m = static_cast<Map*>(o);
  if (m->function) visit(m->function);
  for (Value v : m->iterators)
    visit(v);
}

void mapClear(Object* o) {
  mapRelease(static_cast<Map*>(o));
}

Value mapNext(Interp& I, Value self) {
  Map* m = static_cast<Map*>(self.asObject());
  size_t n = m->iterators.size();
  if (n == 0) return Value();
  std::vector<Ref> items;
  items.reserve(n);
  for (size_t i = 0; i < n; ++i) {
    Ref item = Ref::steal(iterNext(I, m->iterators[i]));
    if (!item) return Value();
    items.push_back(std::move(item));
  }
  std::vector<Value> argv;
  argv.reserve(n);
  for (const Ref& r : items)
    argv.push_back(r.get());
  Ref function = Ref::borrow(m->function);
  return call(I, function.get(), CallArgs{argv.data(), n, nullptr});
}

// ---- filter ------------------------------------------------------------------------------

Value filterNew(Interp& I, Type* type, CallArgs args) {
  if (type == I.types.filter) checkNoKeywords(I, "filter", args);
  checkArgCount(I, "filter", args, 2, 2);
  Ref iterator = Ref::steal(getIter(I, args.args[1]));
  Filter* f = I.alloc<Filter>(type);
  f->function = newRef(args.args[0]);
  f->iterator = iterator.release();
  return Value(f);
}

void filterDestroy(Object* o) {
  Filter* f = static_cast<Filter*>(o);
  decref(f->function);
  decref(f->iterator);
}

void filterTraverse(Object* o, const RefVisitor& visit) {
  Filter* f = static_cast<Filter*>(o);
  visit(f->function);
  visit(f->iterator);
}

Value filterNext(Interp& I, Value self) {
  Filter* f = static_cast<Filter*>(self.asObject());
  // filter(None, ...) and filter(bool, ...) test truth without a call.
  bool truthOnly = f->function.is(I.None()) || f->function.is(Value(I.types.bool_));
  while (true) {
    Ref item = Ref::steal(iterNext(I, f->iterator));
    if (!item) return Value();
    bool keep;
    if (truthOnly) {
      keep = truthy(I, item.get());
    } else {
      Ref function = Ref::borrow(f->function);
      Ref verdict = Ref::steal(call(I, function.get(), {item.get()}));
      keep = truthy(I, verdict.get());
    }
    if (keep) return item.release();
  }
}

}  // namespace

void initMapFilterTypes(Interp& I) {
  Type* m = I.types.map;
  m->newInstance = mapNew;
  m->destroy = mapDestroy;
  m->traverse = mapTraverse;
  m->clear = mapClear;
  m->iter = selfIter;
  m->next = mapNext;
  Type* f = I.types.filter;
  f->newInstance = filterNew;
  f->destroy = filterDestroy;
  f->traverse = filterTraverse;
  f->iter = selfIter;
  f->next = filterNext;
}

}  // namespace rw
