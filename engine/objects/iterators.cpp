// Iterators over lists, tuples, strs and dicts (keys, values or items, in either direction).
#include "objects/iterators.h"

#include "objects/dict.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/protocols.h"
#include "runtime/type_support.h"

namespace rw {

Value newSeqIterator(Interp& I, Type* type, Value sequence) {
  SeqIterator* it = I.alloc<SeqIterator>(type);
  it->sequence = newRef(sequence);
  return Value(it);
}

Value newDictIterator(Interp& I, Value dict, uint8_t kind, bool reverse) {
  static constexpr Type* BuiltinTypes::*kForward[] = {
      &BuiltinTypes::dictKeyIterator, &BuiltinTypes::dictValueIterator,
      &BuiltinTypes::dictItemIterator};
  static constexpr Type* BuiltinTypes::*kReverse[] = {
      &BuiltinTypes::dictReverseKeyIterator, &BuiltinTypes::dictReverseValueIterator,
      &BuiltinTypes::dictReverseItemIterator};
  Dict* d = static_cast<Dict*>(dict.asObject());
  DictIterator* it = I.alloc<DictIterator>(I.types.*(reverse ? kReverse : kForward)[kind]);
  it->dict = newRef(dict);
  it->kind = kind;
  it->expectedSize = d->used;
  it->position = reverse ? d->nentries - 1 : 0;
  return Value(it);
}

namespace {

void seqIterDestroy(Object* o) { decref(static_cast<SeqIterator*>(o)->sequence); }

void seqIterTraverse(Object* o, const RefVisitor& visit) {
  SeqIterator* it = static_cast<SeqIterator*>(o);
  if (it->sequence) visit(it->sequence);
}

Value finish(SeqIterator* it) {
  Value seq = it->sequence;
  it->sequence = Value();
  decref(seq);
  return Value();
}

Value listIterNext(Interp&, Value self) {
  SeqIterator* it = static_cast<SeqIterator*>(self.asObject());
  if (!it->sequence) return Value();
  List* l = static_cast<List*>(it->sequence.asObject());
  if (it->index >= l->size) return finish(it);
  return newRef(l->items[it->index++]);
}

Value tupleIterNext(Interp&, Value self) {
  SeqIterator* it = static_cast<SeqIterator*>(self.asObject());
  if (!it->sequence) return Value();
  Tuple* t = static_cast<Tuple*>(it->sequence.asObject());
  if (it->index >= t->size) return finish(it);
  return newRef(t->item(it->index++));
}

Value strIterNext(Interp& I, Value self) {
  SeqIterator* it = static_cast<SeqIterator*>(self.asObject());
  if (!it->sequence) return Value();
  Str* s = static_cast<Str*>(it->sequence.asObject());
  if (it->index >= s->length) return finish(it);
  return strFromCodePoint(I, s->at(it->index++));
}

Value dictIterResult(Interp& I, const DictIterator* it, const DictEntry& e) {
  switch (it->kind) {
    case kDictValues: return newRef(e.value);
    case kDictItems: return Value(newTupleOf(I, {e.key, e.value}));
    default: return newRef(e.key);
  }
}

void dictIterDestroy(Object* o) { decref(static_cast<DictIterator*>(o)->dict); }

void dictIterTraverse(Object* o, const RefVisitor& visit) {
  DictIterator* it = static_cast<DictIterator*>(o);
  if (it->dict) visit(it->dict);
}

Value dictIterNext(Interp& I, Value self) {
  DictIterator* it = static_cast<DictIterator*>(self.asObject());
  if (!it->dict) return Value();
  Dict* d = static_cast<Dict*>(it->dict.asObject());
  if (d->used != it->expectedSize) {
    it->expectedSize = -1;
    raiseError(I, I.exc.RuntimeError, "dictionary changed size during iteration");
  }
  const DictEntry* e;
  if (!dictNext(d, it->position, e)) {
    Value old = it->dict;
    it->dict = Value();
    decref(old);
    return Value();
  }
  return dictIterResult(I, it, *e);
}

// Walks entries from the last one back to the first (reversed(dict) and its views).
Value dictReverseIterNext(Interp& I, Value self) {
  DictIterator* it = static_cast<DictIterator*>(self.asObject());
  if (!it->dict) return Value();
  Dict* d = static_cast<Dict*>(it->dict.asObject());
  if (d->used != it->expectedSize) {
    it->expectedSize = -1;
    raiseError(I, I.exc.RuntimeError, "dictionary changed size during iteration");
  }
  while (it->position >= 0 && it->position < d->nentries && !d->entries[it->position].key)
    --it->position;
  if (it->position < 0 || it->position >= d->nentries) {
    Value old = it->dict;
    it->dict = Value();
    decref(old);
    return Value();
  }
  return dictIterResult(I, it, d->entries[it->position--]);
}

Value selfIter(Interp&, Value self) { return newRef(self); }

void setupSeqIterator(Type* t, Value (*next)(Interp&, Value)) {
  t->destroy = seqIterDestroy;
  t->traverse = seqIterTraverse;
  t->iter = selfIter;
  t->next = next;
}

}  // namespace

void initIteratorTypes(Interp& I) {
  setupSeqIterator(I.types.listIterator, listIterNext);
  setupSeqIterator(I.types.tupleIterator, tupleIterNext);
  setupSeqIterator(I.types.strIterator, strIterNext);
  auto setupDictIterator = [](Type* t, Value (*next)(Interp&, Value)) {
    t->destroy = dictIterDestroy;
    t->traverse = dictIterTraverse;
    t->iter = selfIter;
    t->next = next;
  };
  setupDictIterator(I.types.dictKeyIterator, dictIterNext);
  setupDictIterator(I.types.dictValueIterator, dictIterNext);
  setupDictIterator(I.types.dictItemIterator, dictIterNext);
  setupDictIterator(I.types.dictReverseKeyIterator, dictReverseIterNext);
  setupDictIterator(I.types.dictReverseValueIterator, dictReverseIterNext);
  setupDictIterator(I.types.dictReverseItemIterator, dictReverseIterNext);
}

}  // namespace rw
