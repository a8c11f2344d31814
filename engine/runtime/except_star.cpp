// except* semantics as CPython 3.11 implements them (Python/ceval.c exception_group_match,
// Objects/exceptions.c _PyExc_PrepReraiseStar).
#include "runtime/except_star.h"

#include <unordered_set>
#include <vector>

#include "objects/exception_group.h"
#include "objects/list.h"
#include "objects/tuple.h"
#include "runtime/protocols.h"

namespace rw {

namespace {

bool isGroupClass(Interp& I, Value v) {
  return isInstance(I, v, I.types.type) &&
         isSubtype(static_cast<Type*>(v.asObject()), I.exc.BaseExceptionGroup);
}

void checkClauseType(Interp& I, Value type) {
  auto check = [&](Value t) {
    if (!isInstance(I, t, I.types.type) ||
        !isSubtype(static_cast<Type*>(t.asObject()), I.exc.BaseException))
      raiseTypeError(I, "catching classes that do not inherit from BaseException is not allowed");
  };
  bool group = false;
  if (isType(I, type, I.types.tuple)) {
    Tuple* t = static_cast<Tuple*>(type.asObject());
    for (int64_t i = 0; i < t->size; ++i)
      check(t->item(i));
    for (int64_t i = 0; i < t->size && !group; ++i)
      group = isGroupClass(I, t->item(i));
  } else {
    check(type);
    group = isGroupClass(I, type);
  }
  if (group)
    raiseTypeError(I, "catching ExceptionGroup with except* is not allowed. Use except instead.");
}

bool matchesClause(Interp& I, Value exc, Value type) {
  if (isType(I, type, I.types.tuple)) {
    Tuple* t = static_cast<Tuple*>(type.asObject());
    for (int64_t i = 0; i < t->size; ++i)
      if (isInstance(I, exc, static_cast<Type*>(t->item(i).asObject()))) return true;
    return false;
  }
  return isInstance(I, exc, static_cast<Type*>(type.asObject()));
}

void setHandled(Interp& I, Value exc) {
  Value old = I.handledException;
  I.handledException = newRef(exc);
  decref(old);
}

// A re-raised exception carries the caught one's traceback, cause, context and notes.
bool sameMetadata(Value a, Value b) {
  auto* x = static_cast<ExceptionObject*>(a.asObject());
  auto* y = static_cast<ExceptionObject*>(b.asObject());
  return x->notes.is(y->notes) && x->traceback.is(y->traceback) && x->cause.is(y->cause) &&
         x->context.is(y->context);
}

}  // namespace

Value exceptStarMatch(Interp& I, Value exc, Value type, Value& rest) {
  checkClauseType(I, type);
  rest = Value();
  if (exc.is(I.None())) return I.None();
  Ref match;
  Ref remainder = Ref::borrow(I.None());
  if (matchesClause(I, exc, type)) {
    if (isExceptionGroup(I, exc)) {
      match = Ref::borrow(exc);
    } else {
      // A naked exception is wrapped in a group that keeps its traceback.
      Ref single = Ref::steal(Value(newTupleOf(I, {exc})));
      match = Ref::steal(newExceptionGroup(I, "", single.get()));
      auto* from = static_cast<ExceptionObject*>(exc.asObject());
      auto* to = static_cast<ExceptionObject*>(match.obj());
      Value old = to->traceback;
      to->traceback = newRef(from->traceback);
      decref(old);
    }
  } else if (isExceptionGroup(I, exc)) {
    Value unmatched;
    Value matched = splitExceptionGroup(I, exc, type, &unmatched);
    match = Ref::steal(matched ? matched : I.None());
    remainder = Ref::steal(unmatched ? unmatched : I.None());
  } else {
    return I.None();
  }
  if (match.get().is(I.None())) return match.release();
  setHandled(I, match.get());
  rest = remainder.release();
  return match.release();
}

Value prepareReraiseStar(Interp& I, Value orig, Value raised) {
  List* list = static_cast<List*>(raised.asObject());
  if (list->size == 0) return I.None();
  if (!isExceptionGroup(I, orig)) {
    // A naked exception was caught and wrapped: one clause at most ran.
    return newRef(list->items[0]);
  }
  std::vector<Value> newlyRaised;
  std::unordered_set<Object*> reraisedLeaves;
  for (int64_t i = 0; i < list->size; ++i) {
    Value e = list->items[i];
    if (e.is(I.None())) continue;
    if (sameMetadata(e, orig))
      collectLeaves(e, reraisedLeaves);
    else
      newlyRaised.push_back(e);
  }
  Ref reraised = Ref::steal(projectExceptionGroup(I, orig, reraisedLeaves));
  if (newlyRaised.empty()) return reraised ? reraised.release() : I.None();
  if (reraised) newlyRaised.push_back(reraised.get());
  if (newlyRaised.size() == 1) return newRef(newlyRaised[0]);
  Ref excs = Ref::steal(Value(newList(I, static_cast<int64_t>(newlyRaised.size()))));
  for (Value e : newlyRaised)
    listAppend(I, excs.as<List>(), e);
  return newExceptionGroup(I, "", excs.get());
}

}  // namespace rw
