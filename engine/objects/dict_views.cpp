// dict_keys, dict_values and dict_items: views that read the dict on every use. Key and item
// views behave like sets (CPython's dictview set operations: results are new sets built by
// the same steps, so their iteration order matches).
#include "objects/dict_views.h"

#include <utility>

#include "objects/dict.h"
#include "objects/function.h"
#include "objects/iterators.h"
#include "objects/list.h"
#include "objects/set.h"
#include "objects/set_ops.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/protocols.h"
#include "runtime/repr_guard.h"
#include "runtime/type_support.h"

namespace rw {

Value newDictView(Interp& I, Type* viewType, Value dict) {
  DictView* v = I.alloc<DictView>(viewType);
  v->dict = newRef(dict);
  return Value(v);
}

namespace {

DictView* asView(Value v) {
  return static_cast<DictView*>(v.asObject());
}
Dict* viewDict(Value v) {
  return static_cast<Dict*>(asView(v)->dict.asObject());
}

uint8_t iterKind(Interp& I, Value view) {
  Type* t = typeOf(I, view);
  return t == I.types.dictValues ? kDictValues : t == I.types.dictItems ? kDictItems : kDictKeys;
}

bool isSetLikeView(Interp& I, Value v) {
  Type* t = typeOf(I, v);
  return t == I.types.dictKeys || t == I.types.dictItems;
}

void viewDestroy(Object* o) {
  decref(static_cast<DictView*>(o)->dict);
}

void viewTraverse(Object* o, const RefVisitor& visit) {
  visit(static_cast<DictView*>(o)->dict);
}

int64_t viewLength(Interp&, Value self) {
  return viewDict(self)->used;
}

Value viewIter(Interp& I, Value self) {
  return newDictIterator(I, asView(self)->dict, iterKind(I, self), false);
}

Value viewReversedMethod(Interp& I, Value self, CallArgs args) {
  checkArgCount(I, "__reversed__", args, 0, 0);
  return newDictIterator(I, asView(self)->dict, iterKind(I, self), true);
}

Value viewRepr(Interp& I, Value self) {
  ReprGuard guard(I, self);
  if (guard.recursive()) return Value(newStr(I, "..."));
  Ref items = Ref::steal(Value(newList(I)));
  listExtend(I, items.as<List>(), self);
  return Value(newStr(I, std::string(typeName(I, self)) + "(" + reprString(I, items.get()) + ")"));
}

bool keysContains(Interp& I, Value self, Value key) {
  return static_cast<bool>(dictGet(I, viewDict(self), key));
}

// (key, value) is in the items when the dict maps key to an equal value.
bool itemsContains(Interp& I, Value self, Value item) {
  if (!isInstance(I, item, I.types.tuple)) return false;
  Tuple* pair = static_cast<Tuple*>(item.asObject());
  if (pair->size != 2) return false;
  Value found = dictGet(I, viewDict(self), pair->item(0));
  if (!found) return false;
  Ref hold = Ref::borrow(found);
  return equals(I, found, pair->item(1));
}

bool viewContains(Interp& I, Value view, Value item) {
  return typeOf(I, view) == I.types.dictKeys ? keysContains(I, view, item)
                                             : itemsContains(I, view, item);
}

// Every element of `a` is in `b` (by b's `in`).
bool allContainedIn(Interp& I, Value a, Value b) {
  Ref it = Ref::steal(getIter(I, a));
  while (Ref item = Ref::steal(iterNext(I, it.get())))
    if (!contains(I, b, item.get())) return false;
  return true;
}

Value viewRichCompare(Interp& I, Value self, Value other, CompareOp op) {
  if (!isAnySet(I, other) && !isSetLikeView(I, other)) return newRef(Value(I.notImplemented));
  int64_t mine = length(I, self);
  int64_t theirs = length(I, other);
  bool result = false;
  switch (op) {
    case CompareOp::Eq:
    case CompareOp::Ne:
      result = mine == theirs && allContainedIn(I, self, other);
      if (op == CompareOp::Ne) result = !result;
      break;
    case CompareOp::Lt:
      result = mine < theirs && allContainedIn(I, self, other);
      break;
    case CompareOp::Le:
      result = mine <= theirs && allContainedIn(I, self, other);
      break;
    case CompareOp::Gt:
      result = mine > theirs && allContainedIn(I, other, self);
      break;
    case CompareOp::Ge:
      result = mine >= theirs && allContainedIn(I, other, self);
      break;
  }
  return I.boolean(result);
}

// set(operand), reading an exact dict directly when the operand is its keys view.
Ref toSet(Interp& I, Value operand) {
  Value source = operand;
  if (isType(I, operand, I.types.dictKeys) && isType(I, asView(operand)->dict, I.types.dict))
    source = asView(operand)->dict;
  return Ref::steal(Value(newSetOfType(I, I.types.set, source)));
}

Value viewOr(Interp& I, Value a, Value b) {
  Ref result = toSet(I, a);
  setUpdate(I, result.as<Set>(), b);
  return result.release();
}

Value viewSub(Interp& I, Value a, Value b) {
  Ref result = toSet(I, a);
  setops::differenceUpdate(I, result.as<Set>(), b);
  return result.release();
}

Value viewAnd(Interp& I, Value a, Value b) {
  Value self = a, other = b;
  if (!isSetLikeView(I, self)) std::swap(self, other);
  int64_t selfLength = length(I, self);
  if (isType(I, other, I.types.set) && selfLength <= length(I, other))
    return Value(setops::intersection(I, setops::asSet(other), self));
  if (isSetLikeView(I, other) && length(I, other) > selfLength) std::swap(self, other);
  Ref result = Ref::steal(Value(newSet(I)));
  Ref it = Ref::steal(getIter(I, other));
  while (Ref item = Ref::steal(iterNext(I, it.get())))
    if (viewContains(I, self, item.get())) setAdd(I, result.as<Set>(), item.get());
  return result.release();
}

// items ^ items: pairs whose key is in one dict only or maps to unequal values.
Value itemsXor(Interp& I, Value a, Value b) {
  Ref remaining = Ref::steal(Value(dictCopy(I, viewDict(a))));
  Dict* left = remaining.as<Dict>();
  Ref result = Ref::steal(Value(newSet(I)));
  Dict* right = viewDict(b);
  const DictEntry* e;
  for (int64_t pos = 0; dictNext(right, pos, e);) {
    Ref key = Ref::borrow(e->key);
    Ref value = Ref::borrow(e->value);
    Hash h = e->hash;
    Value mine = dictGetWithHash(I, left, key.get(), h);
    bool same = false;
    if (mine) {
      Ref hold = Ref::borrow(mine);
      same = equals(I, mine, value.get());
    }
    if (same) {
      dictDel(I, left, key.get());
    } else {
      Ref pair = Ref::steal(Value(newTupleOf(I, {key.get(), value.get()})));
      setAdd(I, result.as<Set>(), pair.get());
    }
  }
  Ref leftItems = Ref::steal(newDictView(I, I.types.dictItems, remaining.get()));
  setUpdate(I, result.as<Set>(), leftItems.get());
  return result.release();
}

Value viewXor(Interp& I, Value a, Value b) {
  if (isType(I, a, I.types.dictItems) && isType(I, b, I.types.dictItems)) return itemsXor(I, a, b);
  Ref result = toSet(I, a);
  setops::symmetricDifferenceUpdate(I, result.as<Set>(), b);
  return result.release();
}

Value viewIsDisjointMethod(Interp& I, Value self, CallArgs args) {
  checkArgCount(I, "isdisjoint", args, 1, 1);
  Value mine = self, other = args.args[0];
  if (mine.is(other)) return I.boolean(length(I, mine) == 0);
  // Iterate the shorter operand when `in` on the other one is cheap.
  if (isAnySet(I, other) || isSetLikeView(I, other)) {
    if (length(I, other) > length(I, mine)) std::swap(mine, other);
  }
  Ref it = Ref::steal(getIter(I, other));
  while (Ref item = Ref::steal(iterNext(I, it.get())))
    if (contains(I, mine, item.get())) return I.boolean(false);
  return I.boolean(true);
}

bool keysContainsSlot(Interp& I, Value self, Value key) {
  return keysContains(I, self, key);
}
bool itemsContainsSlot(Interp& I, Value self, Value item) {
  return itemsContains(I, self, item);
}

void setupView(Interp& I, Type* t, bool setLike) {
  t->destroy = viewDestroy;
  t->traverse = viewTraverse;
  t->repr = viewRepr;
  t->length = viewLength;
  t->iter = viewIter;
  addMethod(I, t, "__reversed__", viewReversedMethod,
            "Return a reverse iterator over the dict's entries.");
  if (!setLike) return;
  t->richCompare = viewRichCompare;
  t->binary[static_cast<int>(BinaryOp::Or)] = viewOr;
  t->binary[static_cast<int>(BinaryOp::And)] = viewAnd;
  t->binary[static_cast<int>(BinaryOp::Subtract)] = viewSub;
  t->binary[static_cast<int>(BinaryOp::Xor)] = viewXor;
  addMethod(I, t, "isdisjoint", viewIsDisjointMethod,
            "Return True if the view and the given iterable have a null intersection.");
}

}  // namespace

void initDictViewTypes(Interp& I) {
  setupView(I, I.types.dictKeys, true);
  I.types.dictKeys->contains = keysContainsSlot;
  setupView(I, I.types.dictItems, true);
  I.types.dictItems->contains = itemsContainsSlot;
  setupView(I, I.types.dictValues, false);
}

}  // namespace rw
