// The named methods of set and frozenset (add, union, intersection_update, issubset, ...),
// with CPython's argument rules: the multi-argument forms take any number of iterables.
#include <string>

#include "objects/exception.h"
#include "objects/function.h"
#include "objects/set_ops.h"
#include "objects/set_table.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/protocols.h"
#include "runtime/type_support.h"

namespace rw::setops {

namespace {

// "set.add" or "frozenset.union": how CPython names the method in argument errors.
std::string methodName(Interp& I, Value self, const char* name) {
  return std::string(isFrozenSet(I, self) ? "frozenset." : "set.") + name;
}

void checkOneArgument(Interp& I, Value self, const char* name, CallArgs args) {
  std::string full = methodName(I, self, name);
  checkNoKeywords(I, full, args);
  checkArgCount(I, full, args, 1, 1);
}

void checkNoArguments(Interp& I, Value self, const char* name, CallArgs args) {
  std::string full = methodName(I, self, name);
  checkNoKeywords(I, full, args);
  checkArgCount(I, full, args, 0, 0);
}

Value setAddMethod(Interp& I, Value self, CallArgs args) {
  checkOneArgument(I, self, "add", args);
  setAdd(I, asSet(self), args.args[0]);
  return I.None();
}

Value setRemoveMethod(Interp& I, Value self, CallArgs args) {
  checkOneArgument(I, self, "remove", args);
  if (!setDiscard(I, asSet(self), args.args[0]))
    I.raise(newException(I, I.exc.KeyError, newTupleOf(I, {args.args[0]})));
  return I.None();
}

Value setDiscardMethod(Interp& I, Value self, CallArgs args) {
  checkOneArgument(I, self, "discard", args);
  setDiscard(I, asSet(self), args.args[0]);
  return I.None();
}

Value setPopMethod(Interp& I, Value self, CallArgs args) {
  checkNoArguments(I, self, "pop", args);
  Set* s = asSet(self);
  if (s->used == 0) {
    Ref message = Ref::steal(Value(newStr(I, "pop from an empty set")));
    I.raise(newException(I, I.exc.KeyError, newTupleOf(I, {message.get()})));
  }
  return settable::pop(I, s);
}

Value setClearMethod(Interp& I, Value self, CallArgs args) {
  checkNoArguments(I, self, "clear", args);
  setClear(I, asSet(self));
  return I.None();
}

Value setCopyMethod(Interp& I, Value self, CallArgs args) {
  checkNoArguments(I, self, "copy", args);
  // An exact frozenset is immutable: its copy is itself.
  if (isType(I, self, I.types.frozenset)) return newRef(self);
  return Value(copy(I, asSet(self)));
}

Value setUpdateMethod(Interp& I, Value self, CallArgs args) {
  checkNoKeywords(I, methodName(I, self, "update"), args);
  for (size_t i = 0; i < args.nargs; ++i)
    setUpdate(I, asSet(self), args.args[i]);
  return I.None();
}

Value setUnionMethod(Interp& I, Value self, CallArgs args) {
  checkNoKeywords(I, methodName(I, self, "union"), args);
  Ref result = Ref::steal(Value(copy(I, asSet(self))));
  for (size_t i = 0; i < args.nargs; ++i)
    if (!args.args[i].is(self)) setUpdate(I, result.as<Set>(), args.args[i]);
  return result.release();
}

// intersection(*others): each step intersects the previous result with the next iterable.
Value intersectionOfAll(Interp& I, Value self, CallArgs args) {
  if (args.nargs == 0) return Value(copy(I, asSet(self)));
  Ref result = Ref::borrow(self);
  for (size_t i = 0; i < args.nargs; ++i)
    result = Ref::steal(Value(intersection(I, result.as<Set>(), args.args[i])));
  return result.release();
}

Value setIntersectionMethod(Interp& I, Value self, CallArgs args) {
  checkNoKeywords(I, methodName(I, self, "intersection"), args);
  return intersectionOfAll(I, self, args);
}

Value setIntersectionUpdateMethod(Interp& I, Value self, CallArgs args) {
  checkNoKeywords(I, methodName(I, self, "intersection_update"), args);
  Ref result = Ref::steal(intersectionOfAll(I, self, args));
  settable::swapBodies(I, asSet(self), result.as<Set>());
  return I.None();
}

Value setDifferenceMethod(Interp& I, Value self, CallArgs args) {
  checkNoKeywords(I, methodName(I, self, "difference"), args);
  if (args.nargs == 0) return Value(copy(I, asSet(self)));
  Ref result = Ref::steal(Value(difference(I, asSet(self), args.args[0])));
  for (size_t i = 1; i < args.nargs; ++i)
    differenceUpdate(I, result.as<Set>(), args.args[i]);
  return result.release();
}

Value setDifferenceUpdateMethod(Interp& I, Value self, CallArgs args) {
  checkNoKeywords(I, methodName(I, self, "difference_update"), args);
  for (size_t i = 0; i < args.nargs; ++i)
    differenceUpdate(I, asSet(self), args.args[i]);
  return I.None();
}

Value setSymmetricDifferenceMethod(Interp& I, Value self, CallArgs args) {
  checkOneArgument(I, self, "symmetric_difference", args);
  return Value(symmetricDifference(I, asSet(self), args.args[0]));
}

Value setSymmetricDifferenceUpdateMethod(Interp& I, Value self, CallArgs args) {
  checkOneArgument(I, self, "symmetric_difference_update", args);
  symmetricDifferenceUpdate(I, asSet(self), args.args[0]);
  return I.None();
}

Value setIsSubsetMethod(Interp& I, Value self, CallArgs args) {
  checkOneArgument(I, self, "issubset", args);
  return I.boolean(isSubset(I, asSet(self), args.args[0]));
}

Value setIsSupersetMethod(Interp& I, Value self, CallArgs args) {
  checkOneArgument(I, self, "issuperset", args);
  return I.boolean(isSuperset(I, asSet(self), args.args[0]));
}

Value setIsDisjointMethod(Interp& I, Value self, CallArgs args) {
  checkOneArgument(I, self, "isdisjoint", args);
  return I.boolean(isDisjoint(I, asSet(self), args.args[0]));
}

}  // namespace

void addSetMethods(Interp& I, Type* type, bool frozen) {
  if (!frozen) {
    addMethod(I, type, "add", setAddMethod, "Add an element to a set.");
    addMethod(I, type, "clear", setClearMethod, "Remove all elements from this set.");
    addMethod(I, type, "discard", setDiscardMethod,
              "Remove an element from a set if it is a member.");
    addMethod(I, type, "pop", setPopMethod, "Remove and return an arbitrary set element.");
    addMethod(I, type, "remove", setRemoveMethod,
              "Remove an element from a set; it must be a member.");
    addMethod(I, type, "update", setUpdateMethod,
              "Update a set with the union of itself and others.");
    addMethod(I, type, "difference_update", setDifferenceUpdateMethod,
              "Remove all elements of another set from this set.");
    addMethod(I, type, "intersection_update", setIntersectionUpdateMethod,
              "Update a set with the intersection of itself and another.");
    addMethod(I, type, "symmetric_difference_update", setSymmetricDifferenceUpdateMethod,
              "Update a set with the symmetric difference of itself and another.");
  }
  addMethod(I, type, "copy", setCopyMethod, "Return a shallow copy of a set.");
  addMethod(I, type, "difference", setDifferenceMethod,
            "Return the difference of two or more sets as a new set.");
  addMethod(I, type, "intersection", setIntersectionMethod,
            "Return the intersection of two sets as a new set.");
  addMethod(I, type, "isdisjoint", setIsDisjointMethod,
            "Return True if two sets have a null intersection.");
  addMethod(I, type, "issubset", setIsSubsetMethod,
            "Report whether another set contains this set.");
  addMethod(I, type, "issuperset", setIsSupersetMethod,
            "Report whether this set contains another set.");
  addMethod(I, type, "symmetric_difference", setSymmetricDifferenceMethod,
            "Return the symmetric difference of two sets as a new set.");
  addMethod(I, type, "union", setUnionMethod, "Return the union of sets as a new set.");
}

}  // namespace rw::setops
