// Snapshot codecs of set, frozenset, the dict views and iterators, and the iterator types of
// the iteration builtins. A set is stored slot by slot (dummies and the pop finger included)
// so that a restored set iterates, pops and grows exactly like the recorded one.
#include <algorithm>

#include "objects/builtin_iterators.h"
#include "objects/dict.h"
#include "objects/dict_views.h"
#include "objects/iterators.h"
#include "objects/set.h"
#include "runtime/protocols.h"
#include "runtime/snapshot.h"

namespace rw {

namespace {

template <class T>
Object* allocatePlain(Interp& I, Type* type, SnapshotDecoder&) {
  void* memory = I.allocateRaw(sizeof(T), type->hasFlag(kTypeGc));
  return new (memory) T();
}

void writeValues(SnapshotEncoder& e, const std::vector<Value>& values) {
  e.w.varint(values.size());
  for (Value v : values)
    e.value(v);
}

void readValues(SnapshotDecoder& d, std::vector<Value>& values) {
  values.resize(d.r.count());
  for (Value& v : values)
    v = d.value();
}

// ---- set, frozenset ------------------------------------------------------------------------

enum SlotTag : uint8_t { kUnused = 0, kDummy = 1, kActive = 2 };

void setWrite(Interp&, Object* o, SnapshotEncoder& e) {
  Set* s = static_cast<Set*>(o);
  e.w.varint(static_cast<uint64_t>(s->mask));
  e.w.varint(static_cast<uint64_t>(s->fill));
  e.w.varint(static_cast<uint64_t>(s->used));
  e.w.svarint(s->hash);
  e.w.svarint(s->finger);
  for (int64_t i = 0; i <= s->mask; ++i) {
    const SetEntry& entry = s->table[i];
    if (entry.key) {
      e.w.u8(kActive);
      e.w.svarint(entry.hash);
      e.value(entry.key);
    } else {
      e.w.u8(entry.hash == 0 ? kUnused : kDummy);
    }
  }
}

void setRead(Interp&, Object* o, SnapshotDecoder& d) {
  Set* s = static_cast<Set*>(o);
  uint64_t mask = d.r.varint();
  if (mask + 1 < static_cast<uint64_t>(Set::kMinSize) || ((mask + 1) & mask) != 0 ||
      mask > (uint64_t{1} << 40))
    throw SnapshotError("snapshot: bad set table size");
  int64_t size = static_cast<int64_t>(mask) + 1;
  s->mask = static_cast<int64_t>(mask);
  s->table = size == Set::kMinSize ? s->smallTable : new SetEntry[size];
  s->fill = static_cast<int64_t>(d.r.varint());
  s->used = static_cast<int64_t>(d.r.varint());
  s->hash = d.r.svarint();
  s->finger = d.r.svarint();
  for (int64_t i = 0; i < size; ++i) {
    SetEntry& entry = s->table[i];
    switch (d.r.u8()) {
      case kUnused:
        entry = SetEntry{};
        break;
      case kDummy:
        entry.key = Value();
        entry.hash = -1;
        break;
      case kActive:
        entry.hash = d.r.svarint();
        entry.key = d.value();
        break;
      default:
        throw SnapshotError("snapshot: bad set slot");
    }
  }
}

void setIterWrite(Interp&, Object* o, SnapshotEncoder& e) {
  SetIterator* it = static_cast<SetIterator*>(o);
  e.value(it->set);
  e.w.svarint(it->expectedUsed);
  e.w.svarint(it->position);
}
void setIterRead(Interp&, Object* o, SnapshotDecoder& d) {
  SetIterator* it = static_cast<SetIterator*>(o);
  it->set = d.value();
  it->expectedUsed = d.r.svarint();
  it->position = d.r.svarint();
}

// ---- dict views and iterators ------------------------------------------------------------

void viewWrite(Interp&, Object* o, SnapshotEncoder& e) {
  e.value(static_cast<DictView*>(o)->dict);
}
void viewRead(Interp&, Object* o, SnapshotDecoder& d) {
  static_cast<DictView*>(o)->dict = d.value();
}

// A restored dict holds only its live entries, compacted (dictRead), so an iterator's raw
// entry position is stored as the position of the same next entry in that layout.
int64_t compactPosition(Interp& I, const DictIterator* it) {
  if (!it->dict) return it->position;
  const Dict* d = static_cast<const Dict*>(it->dict.asObject());
  Type* t = typeOf(I, Value(const_cast<DictIterator*>(it)));
  bool reverse = t == I.types.dictReverseKeyIterator || t == I.types.dictReverseValueIterator ||
                 t == I.types.dictReverseItemIterator;
  // Forward: live entries before the position; reverse: live entries up to it, less one.
  int64_t end = std::min(reverse ? it->position + 1 : it->position, d->nentries);
  int64_t live = 0;
  for (int64_t i = 0; i < end; ++i)
    if (d->entries[i].key) ++live;
  return reverse ? live - 1 : live;
}

void dictIterWrite(Interp& I, Object* o, SnapshotEncoder& e) {
  DictIterator* it = static_cast<DictIterator*>(o);
  e.value(it->dict);
  e.w.svarint(compactPosition(I, it));
  e.w.svarint(it->expectedSize);
  e.w.u8(it->kind);
}
void dictIterRead(Interp&, Object* o, SnapshotDecoder& d) {
  DictIterator* it = static_cast<DictIterator*>(o);
  it->dict = d.value();
  it->position = d.r.svarint();
  it->expectedSize = d.r.svarint();
  it->kind = d.r.u8();
}

// ---- iteration builtins ------------------------------------------------------------------

void enumerateWrite(Interp&, Object* o, SnapshotEncoder& e) {
  Enumerate* it = static_cast<Enumerate*>(o);
  e.value(it->iterator);
  e.value(it->index);
}
void enumerateRead(Interp&, Object* o, SnapshotDecoder& d) {
  Enumerate* it = static_cast<Enumerate*>(o);
  it->iterator = d.value();
  it->index = d.value();
}

void zipWrite(Interp&, Object* o, SnapshotEncoder& e) {
  Zip* z = static_cast<Zip*>(o);
  e.w.u8(z->strict ? 1 : 0);
  writeValues(e, z->iterators);
}
void zipRead(Interp&, Object* o, SnapshotDecoder& d) {
  Zip* z = static_cast<Zip*>(o);
  z->strict = d.r.u8() != 0;
  readValues(d, z->iterators);
}

void mapWrite(Interp&, Object* o, SnapshotEncoder& e) {
  Map* m = static_cast<Map*>(o);
  e.value(m->function);
  writeValues(e, m->iterators);
}
void mapRead(Interp&, Object* o, SnapshotDecoder& d) {
  Map* m = static_cast<Map*>(o);
  m->function = d.value();
  readValues(d, m->iterators);
}

void filterWrite(Interp&, Object* o, SnapshotEncoder& e) {
  Filter* f = static_cast<Filter*>(o);
  e.value(f->function);
  e.value(f->iterator);
}
void filterRead(Interp&, Object* o, SnapshotDecoder& d) {
  Filter* f = static_cast<Filter*>(o);
  f->function = d.value();
  f->iterator = d.value();
}

void reversedWrite(Interp&, Object* o, SnapshotEncoder& e) {
  Reversed* r = static_cast<Reversed*>(o);
  e.value(r->sequence);
  e.w.svarint(r->index);
}
void reversedRead(Interp&, Object* o, SnapshotDecoder& d) {
  Reversed* r = static_cast<Reversed*>(o);
  r->sequence = d.value();
  r->index = d.r.svarint();
}

void listReverseWrite(Interp&, Object* o, SnapshotEncoder& e) {
  ListReverseIterator* it = static_cast<ListReverseIterator*>(o);
  e.value(it->list);
  e.w.svarint(it->index);
}
void listReverseRead(Interp&, Object* o, SnapshotDecoder& d) {
  ListReverseIterator* it = static_cast<ListReverseIterator*>(o);
  it->list = d.value();
  it->index = d.r.svarint();
}

void callableIterWrite(Interp&, Object* o, SnapshotEncoder& e) {
  CallableIterator* it = static_cast<CallableIterator*>(o);
  e.value(it->callable);
  e.value(it->sentinel);
}
void callableIterRead(Interp&, Object* o, SnapshotDecoder& d) {
  CallableIterator* it = static_cast<CallableIterator*>(o);
  it->callable = d.value();
  it->sentinel = d.value();
}

const SnapshotCodec kSet{setWrite, allocatePlain<Set>, setRead, nullptr, false};
const SnapshotCodec kSetIter{setIterWrite, allocatePlain<SetIterator>, setIterRead, nullptr, false};
const SnapshotCodec kView{viewWrite, allocatePlain<DictView>, viewRead, nullptr, false};
const SnapshotCodec kDictIter{dictIterWrite, allocatePlain<DictIterator>, dictIterRead, nullptr,
                              false};
const SnapshotCodec kEnumerate{enumerateWrite, allocatePlain<Enumerate>, enumerateRead, nullptr,
                               false};
const SnapshotCodec kZip{zipWrite, allocatePlain<Zip>, zipRead, nullptr, false};
const SnapshotCodec kMap{mapWrite, allocatePlain<Map>, mapRead, nullptr, false};
const SnapshotCodec kFilter{filterWrite, allocatePlain<Filter>, filterRead, nullptr, false};
const SnapshotCodec kReversed{reversedWrite, allocatePlain<Reversed>, reversedRead, nullptr, false};
const SnapshotCodec kListReverse{listReverseWrite, allocatePlain<ListReverseIterator>,
                                 listReverseRead, nullptr, false};
const SnapshotCodec kCallableIter{callableIterWrite, allocatePlain<CallableIterator>,
                                  callableIterRead, nullptr, false};

}  // namespace

void registerCollectionSnapshotCodecs(Interp& I) {
  auto& T = I.types;
  registerSnapshotCodec(I, T.set, &kSet);
  registerSnapshotCodec(I, T.frozenset, &kSet);
  registerSnapshotCodec(I, T.setIterator, &kSetIter);
  for (Type* view : {T.dictKeys, T.dictValues, T.dictItems})
    registerSnapshotCodec(I, view, &kView);
  for (Type* it : {T.dictKeyIterator, T.dictValueIterator, T.dictItemIterator, T.dictReverseKeyIterator,
                   T.dictReverseValueIterator, T.dictReverseItemIterator})
    registerSnapshotCodec(I, it, &kDictIter);
  registerSnapshotCodec(I, T.enumerate, &kEnumerate);
  registerSnapshotCodec(I, T.zip, &kZip);
  registerSnapshotCodec(I, T.map, &kMap);
  registerSnapshotCodec(I, T.filter, &kFilter);
  registerSnapshotCodec(I, T.reversed, &kReversed);
  registerSnapshotCodec(I, T.listReverseIterator, &kListReverse);
  registerSnapshotCodec(I, T.callableIterator, &kCallableIter);
}

}  // namespace rw
