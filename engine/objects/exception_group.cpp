// BaseExceptionGroup and ExceptionGroup with CPython 3.11's construction rules, messages and
// split semantics (Objects/exceptions.c).
#include "objects/exception_group.h"

#include <vector>

#include "objects/dict.h"
#include "objects/function.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/native_guard.h"
#include "runtime/protocols.h"
#include "runtime/type_support.h"

namespace rw {

namespace {

ExceptionGroupObject* asGroup(Value v) {
  return static_cast<ExceptionGroupObject*>(v.asObject());
}

bool isExceptionClass(Interp& I, Value v) {
  return isInstance(I, v, I.types.type) &&
         isSubtype(static_cast<Type*>(v.asObject()), I.exc.BaseException);
}

// A sequence in PySequence_Check's sense: it has __getitem__ and is not a dict.
bool isSequence(Interp& I, Value v) {
  Type* t = typeOf(I, v);
  return t->getItem && !isSubtype(t, I.types.dict);
}

Value groupNew(Interp& I, Type* type, CallArgs args) {
  if (args.nargs != 2)
    raiseTypeError(I, "BaseExceptionGroup.__new__() takes exactly 2 arguments (" +
                          std::to_string(args.nargs) + " given)");
  Value message = args.args[0];
  Value sequence = args.args[1];
  if (!isInstance(I, message, I.types.str))
    raiseTypeError(I, "BaseExceptionGroup.__new__() argument 1 must be str, not " +
                          std::string(typeName(I, message)));
  if (!isSequence(I, sequence))
    raiseTypeError(I, "second argument (exceptions) must be a sequence");
  Ref exceptions = Ref::steal(call(I, Value(I.types.tuple), {sequence}));
  Tuple* excs = exceptions.as<Tuple>();
  if (excs->size == 0)
    raiseValueError(I, "second argument (exceptions) must be a non-empty sequence");
  bool nestsBaseExceptions = false;
  for (int64_t i = 0; i < excs->size; ++i) {
    Value e = excs->item(i);
    if (!isInstance(I, e, I.exc.BaseException))
      raiseValueError(
          I, "Item " + std::to_string(i) + " of second argument (exceptions) is not an exception");
    if (!isInstance(I, e, I.exc.Exception)) nestsBaseExceptions = true;
  }
  Type* cls = type;
  if (cls == I.exc.ExceptionGroup) {
    if (nestsBaseExceptions) raiseTypeError(I, "Cannot nest BaseExceptions in an ExceptionGroup");
  } else if (cls == I.exc.BaseExceptionGroup) {
    if (!nestsBaseExceptions) cls = I.exc.ExceptionGroup;
  } else if (nestsBaseExceptions && isSubtype(cls, I.exc.Exception)) {
    raiseTypeError(I, "Cannot nest BaseExceptions in '" + std::string(cls->name->view()) + "'");
  }
  ExceptionGroupObject* g = I.alloc<ExceptionGroupObject>(cls);
  Ref result = Ref::steal(Value(g));
  g->args = newTupleFrom(I, args.args, 2);
  g->message = newRef(message);
  g->exceptions = static_cast<Tuple*>(exceptions.release().asObject());
  return result.release();
}

void groupInit(Interp& I, Value self, CallArgs args) {
  if (args.nkw())
    raiseTypeError(I, std::string(typeName(I, self)) + "() takes no keyword arguments");
  I.exc.BaseException->init(I, self, CallArgs{args.args, args.nargs, nullptr});
}

// BaseException's lifecycle slots, which the group's extend.
void (*exceptionDestroy)(Object*) = nullptr;
void (*exceptionTraverse)(Object*, const RefVisitor&) = nullptr;

void groupDestroy(Object* o) {
  ExceptionGroupObject* g = static_cast<ExceptionGroupObject*>(o);
  decref(g->message);
  if (g->exceptions) decref(Value(g->exceptions));
  g->message = Value();
  g->exceptions = nullptr;
  exceptionDestroy(o);
}

Value groupStr(Interp& I, Value self) {
  ExceptionGroupObject* g = asGroup(self);
  int64_t n = g->exceptions ? g->exceptions->size : 0;
  return Value(newStr(I, strString(I, g->message) + " (" + std::to_string(n) + " sub-exception" +
                             (n > 1 ? "s" : "") + ")"));
}

Value groupGetAttr(Interp& I, Value self, Str* name) {
  ExceptionGroupObject* g = asGroup(self);
  if (name->view() == "message") return newRef(g->message);
  if (name->view() == "exceptions") return newRef(Value(g->exceptions));
  return I.exc.BaseException->getAttr(I, self, name);
}

void groupSetAttr(Interp& I, Value self, Str* name, Value value) {
  if (name->view() == "message" || name->view() == "exceptions")
    raiseError(I, I.exc.AttributeError, "readonly attribute");
  I.exc.BaseException->setAttr(I, self, name, value);
}

Value groupDerive(Interp& I, Value self, CallArgs args) {
  checkArgCount(I, "derive", args, 1, 1);
  Value callArgs[2] = {asGroup(self)->message, args.args[0]};
  return call(I, Value(I.exc.BaseExceptionGroup), CallArgs{callArgs, 2, nullptr});
}

enum class MatchKind { ByType, ByPredicate, ByLeaves };

struct Matcher {
  MatchKind kind;
  Value value;
  const std::unordered_set<Object*>* leaves = nullptr;
};

Matcher matcherFor(Interp& I, Value v) {
  if (typeOf(I, v)->call && !isInstance(I, v, I.types.type)) return {MatchKind::ByPredicate, v};
  if (isExceptionClass(I, v)) return {MatchKind::ByType, v};
  if (isType(I, v, I.types.tuple)) {
    Tuple* t = static_cast<Tuple*>(v.asObject());
    bool all = true;
    for (int64_t i = 0; i < t->size; ++i)
      all = all && isExceptionClass(I, t->item(i));
    if (all) return {MatchKind::ByType, v};
  }
  raiseTypeError(I, "expected a function, exception type or tuple of exception types");
}

bool matches(Interp& I, Value exc, const Matcher& m) {
  switch (m.kind) {
    case MatchKind::ByType: {
      if (isType(I, m.value, I.types.tuple)) {
        Tuple* t = static_cast<Tuple*>(m.value.asObject());
        for (int64_t i = 0; i < t->size; ++i)
          if (isInstance(I, exc, static_cast<Type*>(t->item(i).asObject()))) return true;
        return false;
      }
      return isInstance(I, exc, static_cast<Type*>(m.value.asObject()));
    }
    case MatchKind::ByPredicate: {
      Ref r = Ref::steal(call(I, m.value, {exc}));
      return truthy(I, r.get());
    }
    case MatchKind::ByLeaves:
      return !isExceptionGroup(I, exc) && m.leaves->count(exc.asObject()) != 0;
  }
  return false;
}

// A group like `orig` holding `parts` (null when there are none), made by orig.derive() and
// carrying orig's traceback, cause, context and a copy of its notes.
Value subset(Interp& I, Value orig, std::vector<Ref>& parts) {
  if (parts.empty()) return Value();
  Ref list = Ref::steal(Value(newList(I, static_cast<int64_t>(parts.size()))));
  for (Ref& p : parts)
    listAppend(I, list.as<List>(), p.get());
  Ref derived = Ref::steal(callMethod(I, orig, I.intern("derive"), {list.get()}));
  if (!isExceptionGroup(I, derived.get()))
    raiseTypeError(I, "derive must return an instance of BaseExceptionGroup");
  ExceptionObject* from = static_cast<ExceptionObject*>(orig.asObject());
  ExceptionObject* to = static_cast<ExceptionObject*>(derived.obj());
  auto copyField = [](Value& target, Value source) {
    Value old = target;
    target = newRef(source);
    decref(old);
  };
  copyField(to->traceback, from->traceback);
  copyField(to->context, from->context);
  copyField(to->cause, from->cause);
  if (Value notes = lookupAttr(I, orig, I.intern("__notes__"))) {
    Ref held = Ref::steal(notes);
    if (isSequence(I, notes)) {
      Ref copy = Ref::steal(call(I, Value(I.types.list), {notes}));
      setAttr(I, derived.get(), I.intern("__notes__"), copy.get());
    }
  }
  return derived.release();
}

void splitRecursive(Interp& I, Value exc, const Matcher& m, bool wantRest, Ref& match, Ref& rest) {
  if (matches(I, exc, m)) {
    match = Ref::borrow(exc);
    return;
  }
  if (!isExceptionGroup(I, exc)) {
    if (wantRest) rest = Ref::borrow(exc);
    return;
  }
  NativeDepthGuard guard(I, " in exceptiongroup_split_recursive");
  Tuple* excs = asGroup(exc)->exceptions;
  std::vector<Ref> matched, unmatched;
  for (int64_t i = 0; i < excs->size; ++i) {
    Ref m1, r1;
    splitRecursive(I, excs->item(i), m, wantRest, m1, r1);
    if (m1) matched.push_back(std::move(m1));
    if (r1) unmatched.push_back(std::move(r1));
  }
  match = Ref::steal(subset(I, exc, matched));
  if (wantRest) rest = Ref::steal(subset(I, exc, unmatched));
}

Value groupSplit(Interp& I, Value self, CallArgs args) {
  checkArgCount(I, "split", args, 1, 1);
  Ref rest;
  Value restValue;
  Ref match = Ref::steal(splitExceptionGroup(I, self, args.args[0], &restValue));
  rest = Ref::steal(restValue);
  return Value(newTupleOf(I, {match ? match.get() : I.None(), rest ? rest.get() : I.None()}));
}

Value groupSubgroup(Interp& I, Value self, CallArgs args) {
  checkArgCount(I, "subgroup", args, 1, 1);
  Value match = splitExceptionGroup(I, self, args.args[0], nullptr);
  return match ? match : I.None();
}

void groupTraverse(Object* o, const RefVisitor& visit) {
  ExceptionGroupObject* g = static_cast<ExceptionGroupObject*>(o);
  if (g->message) visit(g->message);
  if (g->exceptions) visit(Value(g->exceptions));
  exceptionTraverse(o, visit);
}

}  // namespace

bool isExceptionGroup(Interp& I, Value v) {
  return isInstance(I, v, I.exc.BaseExceptionGroup);
}

Value newExceptionGroup(Interp& I, std::string_view message, Value exceptions) {
  Ref text = Ref::steal(Value(newStr(I, message)));
  return call(I, Value(I.exc.BaseExceptionGroup), {text.get(), exceptions});
}

Value splitExceptionGroup(Interp& I, Value exc, Value matcher, Value* rest) {
  Matcher m = matcherFor(I, matcher);
  Ref match, restRef;
  splitRecursive(I, exc, m, rest != nullptr, match, restRef);
  if (rest) *rest = restRef.release();
  return match.release();
}

Value projectExceptionGroup(Interp& I, Value exc, const std::unordered_set<Object*>& leaves) {
  Matcher m{MatchKind::ByLeaves, Value(), &leaves};
  Ref match, rest;
  splitRecursive(I, exc, m, false, match, rest);
  return match.release();
}

void collectLeaves(Value exc, std::unordered_set<Object*>& leaves) {
  Interp& I = *Interp::current();
  if (!isExceptionGroup(I, exc)) {
    leaves.insert(exc.asObject());
    return;
  }
  Tuple* excs = asGroup(exc)->exceptions;
  for (int64_t i = 0; i < excs->size; ++i)
    collectLeaves(excs->item(i), leaves);
}

void initExceptionGroupTypes(Interp& I) {
  Type* base = I.exc.BaseExceptionGroup;
  Type* group = I.exc.ExceptionGroup;
  exceptionDestroy = I.exc.BaseException->destroy;
  exceptionTraverse = I.exc.BaseException->traverse;
  for (Type* t : {base, group}) {
    t->basicSize = sizeof(ExceptionGroupObject);
    t->destroy = groupDestroy;
    t->traverse = groupTraverse;
    t->newInstance = groupNew;
    t->init = groupInit;
    t->str = groupStr;
    t->getAttr = groupGetAttr;
    t->setAttr = groupSetAttr;
  }
  addMethod(I, base, "derive", groupDerive);
  addMethod(I, base, "split", groupSplit);
  addMethod(I, base, "subgroup", groupSubgroup);
  // ExceptionGroup derives from both BaseExceptionGroup and Exception.
  Tuple* oldBases = group->bases;
  Tuple* oldMro = group->mro;
  group->bases = newTupleOf(I, {Value(base), Value(I.exc.Exception)});
  group->mro = newTupleOf(I, {Value(group), Value(base), Value(I.exc.Exception),
                              Value(I.exc.BaseException), Value(I.types.object)});
  decref(Value(oldBases));
  decref(Value(oldMro));
}

}  // namespace rw
