// Set algebra shared by the set operators (| & - ^ and their in-place forms), the named
// methods (union, intersection_update, issubset, ...) and dict views. Each follows the
// corresponding CPython routine, including which operand it iterates, because that decides
// the order in which a result's table is filled.
#pragma once

#include "objects/set.h"

namespace rw::setops {

inline Set* asSet(Value v) {
  return static_cast<Set*>(v.asObject());
}

// The built-in type (set or frozenset) that results derived from `s` get.
Type* baseType(Interp& I, Set* s);
// A copy of s with the base type (CPython's make_new_set_basetype(type(s), s)).
Set* copy(Interp& I, Set* s);

Set* intersection(Interp& I, Set* s, Value other);
void intersectionUpdate(Interp& I, Set* s, Value other);
Set* difference(Interp& I, Set* s, Value other);
void differenceUpdate(Interp& I, Set* s, Value other);
Set* symmetricDifference(Interp& I, Set* s, Value other);
void symmetricDifferenceUpdate(Interp& I, Set* s, Value other);
bool isSubset(Interp& I, Set* s, Value other);
bool isSuperset(Interp& I, Set* s, Value other);
bool isDisjoint(Interp& I, Set* s, Value other);

// Named methods of set (mutating ones included) or of frozenset.
void addSetMethods(Interp& I, Type* type, bool frozen);

}  // namespace rw::setops
