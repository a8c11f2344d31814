// operator.itemgetter, operator.attrgetter and operator.methodcaller: callables that fetch
// items, (dotted) attributes or call a named method of their argument.
#include "modules/module_snapshot.h"
#include "modules/module_support.h"
#include "objects/dict.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/protocols.h"
#include "runtime/repr_guard.h"
#include "runtime/type_support.h"

namespace rw {

namespace {

// itemgetter and attrgetter: a list of keys; attrgetter keeps each dotted name as a tuple of
// its parts (a plain str when it has no dot), as CPython does.
struct Getter : Object {
  std::vector<Value> keys;
};

struct MethodCaller : Object {
  Value name;      // interned str
  Value args;      // tuple
  Value keywords;  // dict
};

void getterRelease(Getter* g) {
  std::vector<Value> old;
  old.swap(g->keys);
  for (Value v : old)
    decref(v);
}
void getterDestroy(Object* o) {
  getterRelease(static_cast<Getter*>(o));
  static_cast<Getter*>(o)->~Getter();
}
void getterClear(Object* o) {
  getterRelease(static_cast<Getter*>(o));
}
void getterTraverse(Object* o, const RefVisitor& visit) {
  for (Value v : static_cast<Getter*>(o)->keys)
    visit(v);
}

Value itemGetterNew(Interp& I, Type* type, CallArgs args) {
  checkNoKeywords(I, "itemgetter", args);
  // CPython words a missing key as if exactly one were expected.
  if (args.nargs == 0) checkPositional(I, "itemgetter", args, 1, 1);
  Getter* g = I.alloc<Getter>(type);
  for (size_t i = 0; i < args.nargs; ++i)
    g->keys.push_back(newRef(args.args[i]));
  return Value(g);
}

Value itemGetterCall(Interp& I, Value self, CallArgs args) {
  checkNoKeywords(I, "itemgetter", args);
  checkPositional(I, "itemgetter", args, 1, 1);
  Getter* g = static_cast<Getter*>(self.asObject());
  Ref keep = Ref::borrow(self);
  if (g->keys.size() == 1) return getItem(I, args.args[0], g->keys[0]);
  Ref result = Ref::steal(Value(newTuple(I, static_cast<int64_t>(g->keys.size()))));
  for (size_t i = 0; i < g->keys.size(); ++i)
    result.as<Tuple>()->items()[i] = getItem(I, args.args[0], g->keys[i]);
  return result.release();
}

std::string joinedReprs(Interp& I, const std::vector<Value>& values) {
  std::string text;
  for (size_t i = 0; i < values.size(); ++i) {
    if (i) text += ", ";
    text += reprString(I, values[i]);
  }
  return text;
}

Value itemGetterRepr(Interp& I, Value self) {
  ReprGuard guard(I, self);
  if (guard.recursive()) return Value(newStr(I, "operator.itemgetter(...)"));
  return Value(newStr(I, "operator.itemgetter(" +
                             joinedReprs(I, static_cast<Getter*>(self.asObject())->keys) + ")"));
}

Value attrGetterNew(Interp& I, Type* type, CallArgs args) {
  checkNoKeywords(I, "attrgetter", args);
  // CPython words a missing key as if exactly one were expected.
  if (args.nargs == 0) checkPositional(I, "attrgetter", args, 1, 1);
  std::vector<Ref> keys;
  for (size_t i = 0; i < args.nargs; ++i) {
    Value name = args.args[i];
    if (!isInstance(I, name, I.types.str)) raiseTypeError(I, "attribute name must be a string");
    std::string_view text = strView(name);
    if (text.find('.') == std::string_view::npos) {
      keys.push_back(Ref::borrow(Value(I.intern(text))));
      continue;
    }
    std::vector<Value> parts;
    size_t start = 0;
    while (true) {
      size_t dot = text.find('.', start);
      parts.push_back(Value(I.intern(text.substr(start, dot - start))));
      if (dot == std::string_view::npos) break;
      start = dot + 1;
    }
    keys.push_back(
        Ref::steal(Value(newTupleFrom(I, parts.data(), static_cast<int64_t>(parts.size())))));
  }
  Getter* g = I.alloc<Getter>(type);
  for (Ref& key : keys)
    g->keys.push_back(key.release());
  return Value(g);
}

Value getDotted(Interp& I, Value obj, Value key) {
  if (isType(I, key, I.types.str)) return getAttr(I, obj, static_cast<Str*>(key.asObject()));
  Tuple* parts = static_cast<Tuple*>(key.asObject());
  Ref current = Ref::borrow(obj);
  for (int64_t i = 0; i < parts->size; ++i)
    current = Ref::steal(getAttr(I, current.get(), static_cast<Str*>(parts->item(i).asObject())));
  return current.release();
}

Value attrGetterCall(Interp& I, Value self, CallArgs args) {
  checkNoKeywords(I, "attrgetter", args);
  checkPositional(I, "attrgetter", args, 1, 1);
  Getter* g = static_cast<Getter*>(self.asObject());
  Ref keep = Ref::borrow(self);
  if (g->keys.size() == 1) return getDotted(I, args.args[0], g->keys[0]);
  Ref result = Ref::steal(Value(newTuple(I, static_cast<int64_t>(g->keys.size()))));
  for (size_t i = 0; i < g->keys.size(); ++i)
    result.as<Tuple>()->items()[i] = getDotted(I, args.args[0], g->keys[i]);
  return result.release();
}

Value attrGetterRepr(Interp& I, Value self) {
  ReprGuard guard(I, self);
  if (guard.recursive()) return Value(newStr(I, "operator.attrgetter(...)"));
  std::string text = "operator.attrgetter(";
  const std::vector<Value>& keys = static_cast<Getter*>(self.asObject())->keys;
  for (size_t i = 0; i < keys.size(); ++i) {
    if (i) text += ", ";
    std::string dotted;
    if (isType(I, keys[i], I.types.str)) {
      dotted = strView(keys[i]);
    } else {
      Tuple* parts = static_cast<Tuple*>(keys[i].asObject());
      for (int64_t p = 0; p < parts->size; ++p) {
        if (p) dotted += '.';
        dotted += strView(parts->item(p));
      }
    }
    Ref s = Ref::steal(Value(newStr(I, dotted)));
    text += reprString(I, s.get());
  }
  return Value(newStr(I, text + ")"));
}

// ---- methodcaller ------------------------------------------------------------------------

void callerRelease(MethodCaller* m) {
  Value name = std::exchange(m->name, Value());
  Value args = std::exchange(m->args, Value());
  Value keywords = std::exchange(m->keywords, Value());
  decref(name);
  decref(args);
  decref(keywords);
}
void callerDestroy(Object* o) {
  callerRelease(static_cast<MethodCaller*>(o));
}
void callerTraverse(Object* o, const RefVisitor& visit) {
  MethodCaller* m = static_cast<MethodCaller*>(o);
  for (Value v : {m->name, m->args, m->keywords})
    if (v) visit(v);
}

Value callerNew(Interp& I, Type* type, CallArgs args) {
  if (args.nargs < 1)
    raiseTypeError(I, "methodcaller needs at least one argument, the method name");
  if (!isInstance(I, args.args[0], I.types.str)) raiseTypeError(I, "method name must be a string");
  Ref rest =
      Ref::steal(Value(newTupleFrom(I, args.args + 1, static_cast<int64_t>(args.nargs - 1))));
  Ref keywords = Ref::steal(Value(newDict(I)));
  for (size_t k = 0; k < args.nkw(); ++k)
    dictSet(I, keywords.as<Dict>(), args.kwnames->item(static_cast<int64_t>(k)), args.kwValue(k));
  MethodCaller* m = I.alloc<MethodCaller>(type);
  m->name = newRef(Value(I.intern(strView(args.args[0]))));
  m->args = rest.release();
  m->keywords = keywords.release();
  return Value(m);
}

Value callerCall(Interp& I, Value self, CallArgs args) {
  checkNoKeywords(I, "methodcaller", args);
  checkPositional(I, "methodcaller", args, 1, 1);
  MethodCaller* m = static_cast<MethodCaller*>(self.asObject());
  Ref keep = Ref::borrow(self);
  Ref method = Ref::steal(getAttr(I, args.args[0], static_cast<Str*>(m->name.asObject())));
  Tuple* rest = static_cast<Tuple*>(m->args.asObject());
  std::vector<Value> positional(rest->items(), rest->items() + rest->size);
  return callWithKeywords(I, method.get(), positional, static_cast<Dict*>(m->keywords.asObject()));
}

Value callerRepr(Interp& I, Value self) {
  ReprGuard guard(I, self);
  if (guard.recursive()) return Value(newStr(I, "operator.methodcaller(...)"));
  MethodCaller* m = static_cast<MethodCaller*>(self.asObject());
  std::string text = "operator.methodcaller(" + reprString(I, m->name);
  Tuple* rest = static_cast<Tuple*>(m->args.asObject());
  for (int64_t i = 0; i < rest->size; ++i)
    text += ", " + reprString(I, rest->item(i));
  int64_t pos = 0;
  const DictEntry* e;
  while (dictNext(static_cast<Dict*>(m->keywords.asObject()), pos, e))
    text += ", " + std::string(strView(e->key)) + "=" + reprString(I, e->value);
  return Value(newStr(I, text + ")"));
}

// ---- snapshots ---------------------------------------------------------------------------

void getterWrite(Interp&, Object* o, SnapshotEncoder& e) {
  module_snapshot::writeValues(e, static_cast<Getter*>(o)->keys);
}
void getterRead(Interp&, Object* o, SnapshotDecoder& d) {
  module_snapshot::readValues(d, static_cast<Getter*>(o)->keys);
}
void callerWrite(Interp&, Object* o, SnapshotEncoder& e) {
  MethodCaller* m = static_cast<MethodCaller*>(o);
  e.value(m->name);
  e.value(m->args);
  e.value(m->keywords);
}
void callerRead(Interp&, Object* o, SnapshotDecoder& d) {
  MethodCaller* m = static_cast<MethodCaller*>(o);
  m->name = d.value();
  m->args = d.value();
  m->keywords = d.value();
}

const SnapshotCodec kGetterCodec{getterWrite, module_snapshot::allocate<Getter>, getterRead,
                                 nullptr, false};
const SnapshotCodec kCallerCodec{callerWrite, module_snapshot::allocate<MethodCaller>, callerRead,
                                 nullptr, false};

}  // namespace

void initOperatorGetters(Interp& I, Module* module) {
  Type* item = newModuleType(I, module, "itemgetter", sizeof(Getter), kTypeGc);
  item->newInstance = itemGetterNew;
  item->call = itemGetterCall;
  item->repr = itemGetterRepr;
  Type* attr = newModuleType(I, module, "attrgetter", sizeof(Getter), kTypeGc);
  attr->newInstance = attrGetterNew;
  attr->call = attrGetterCall;
  attr->repr = attrGetterRepr;
  for (Type* t : {item, attr}) {
    t->destroy = getterDestroy;
    t->clear = getterClear;
    t->traverse = getterTraverse;
    registerSnapshotCodec(I, t, &kGetterCodec);
    addModuleValue(I, module, t->qualname->view(), Value(t));
  }
  Type* caller = newModuleType(I, module, "methodcaller", sizeof(MethodCaller), kTypeGc);
  caller->newInstance = callerNew;
  caller->call = callerCall;
  caller->repr = callerRepr;
  caller->destroy = callerDestroy;
  caller->clear = callerDestroy;
  caller->traverse = callerTraverse;
  registerSnapshotCodec(I, caller, &kCallerCodec);
  addModuleValue(I, module, "methodcaller", Value(caller));
}

}  // namespace rw
