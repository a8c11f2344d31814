// The set hash table, following CPython 3.11's setobject.c: a probe first looks at up to
// LINEAR_PROBES neighbouring slots (cheap on cache lines), then jumps with the perturbed
// recurrence i = 5*i + 1 + perturb. A table grows when fill*5 >= mask*3, to four times the
// live count (twice beyond 50000). Deleted slots become dummies that later additions may
// reuse; resizing drops them.
#include "objects/set_table.h"

#include <algorithm>

#include "objects/str.h"
#include "runtime/protocols.h"

namespace rw::settable {

namespace {

constexpr uint64_t kLinearProbes = 9;
constexpr int kPerturbShift = 5;
constexpr Hash kDummyHash = -1;

bool isUnused(const SetEntry& e) {
  return e.hash == 0 && !e.key;
}

void notifyWrite(Interp& I, Set* s) {
  if (I.observer) I.observer->onWrite(s);
}

bool isExactStr(Interp& I, Value v) {
  return v.isObject() && v.asObject()->type == I.types.str;
}

// Equality of a stored key and a probe key with equal hashes. Cheap cases first; the
// general case is PyObject_RichCompareBool(stored, key, Py_EQ).
enum class Match { Same, Different, NeedsCompare };
Match quickMatch(Interp& I, Value stored, Value key) {
  if (stored.is(key)) return Match::Same;
  if (stored.isSmallInt() && key.isSmallInt()) return Match::Different;
  if (isExactStr(I, stored) && isExactStr(I, key))
    return strEquals(static_cast<Str*>(stored.asObject()), static_cast<Str*>(key.asObject()))
               ? Match::Same
               : Match::Different;
  return Match::NeedsCompare;
}

void allocateTable(Set* s, int64_t size) {
  s->table = size == Set::kMinSize ? s->smallTable : new SetEntry[size];
  std::fill_n(s->table, size, SetEntry{});
  s->mask = size - 1;
}

void freeTable(Set* s, SetEntry* table) {
  if (table != s->smallTable) delete[] table;
}

// Places a key known to be absent into a table without dummies.
void insertClean(SetEntry* table, uint64_t mask, Value key, Hash hash) {
  uint64_t perturb = static_cast<uint64_t>(hash);
  uint64_t i = static_cast<uint64_t>(hash) & mask;
  while (true) {
    SetEntry* entry = &table[i];
    if (!entry->key) {
      entry->key = key;
      entry->hash = hash;
      return;
    }
    if (i + kLinearProbes <= mask) {
      for (uint64_t j = 0; j < kLinearProbes; ++j) {
        ++entry;
        if (!entry->key) {
          entry->key = key;
          entry->hash = hash;
          return;
        }
      }
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

// The slot for key: its active entry (found = true), or the first unused slot that ends its
// probe sequence together with the last dummy seen on the way. Null when a comparison
// changed the table under us and the caller must start over.
struct Probe {
  SetEntry* entry = nullptr;
  SetEntry* freeSlot = nullptr;
  bool found = false;
};

bool probe(Interp& I, Set* s, Value key, Hash hash, Probe& out) {
  uint64_t mask = static_cast<uint64_t>(s->mask);
  uint64_t perturb = static_cast<uint64_t>(hash);
  uint64_t i = static_cast<uint64_t>(hash) & mask;
  out = Probe{};
  while (true) {
    SetEntry* entry = &s->table[i];
    uint64_t probes = i + kLinearProbes <= mask ? kLinearProbes : 0;
    while (true) {
      if (isUnused(*entry)) {
        out.entry = entry;
        return true;
      }
      if (entry->hash == hash) {
        Value stored = entry->key;
        Match m = quickMatch(I, stored, key);
        if (m == Match::NeedsCompare) {
          SetEntry* table = s->table;
          Ref hold = Ref::borrow(stored);
          bool equal = compareBool(I, stored, key, CompareOp::Eq);
          if (table != s->table || !entry->key.is(stored)) return false;
          m = equal ? Match::Same : Match::Different;
        }
        if (m == Match::Same) {
          out.entry = entry;
          out.found = true;
          return true;
        }
      } else if (entry->hash == kDummyHash) {
        out.freeSlot = entry;  // the last dummy on the path, as in CPython
      }
      if (probes-- == 0) break;
      ++entry;
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

void locate(Interp& I, Set* s, Value key, Hash hash, Probe& out) {
  while (!probe(I, s, key, hash, out)) {
  }
}

}  // namespace

const SetEntry* find(Interp& I, Set* s, Value key, Hash hash) {
  Probe p;
  locate(I, s, key, hash, p);
  return p.found ? p.entry : nullptr;
}

void add(Interp& I, Set* s, Value key, Hash hash) {
  // Held across comparisons, which run arbitrary code that could drop the last reference.
  Ref hold = Ref::borrow(key);
  Probe p;
  locate(I, s, key, hash, p);
  if (p.found) return;
  if (p.freeSlot) {
    p.freeSlot->key = hold.release();
    p.freeSlot->hash = hash;
    ++s->used;
    notifyWrite(I, s);
    return;
  }
  p.entry->key = hold.release();
  p.entry->hash = hash;
  ++s->fill;
  ++s->used;
  notifyWrite(I, s);
  if (s->fill * 5 >= s->mask * 3) resize(I, s, s->used > 50000 ? s->used * 2 : s->used * 4);
}

bool discard(Interp& I, Set* s, Value key, Hash hash) {
  Probe p;
  locate(I, s, key, hash, p);
  if (!p.found) return false;
  Value old = p.entry->key;
  p.entry->key = Value();
  p.entry->hash = kDummyHash;
  --s->used;
  notifyWrite(I, s);
  decref(old);
  return true;
}

void resize(Interp& I, Set* s, int64_t minUsed) {
  int64_t size = Set::kMinSize;
  while (size <= minUsed)
    size <<= 1;
  SetEntry* oldTable = s->table;
  int64_t oldSize = s->mask + 1;
  SetEntry smallCopy[Set::kMinSize];
  if (size == Set::kMinSize && oldTable == s->smallTable) {
    // Already minimal: nothing to do without dummies, else rebuild in place via a copy.
    if (s->fill == s->used) return;
    std::copy_n(s->smallTable, Set::kMinSize, smallCopy);
    oldTable = smallCopy;
  }
  allocateTable(s, size);
  uint64_t mask = static_cast<uint64_t>(s->mask);
  for (int64_t i = 0; i < oldSize; ++i)
    if (oldTable[i].key) insertClean(s->table, mask, oldTable[i].key, oldTable[i].hash);
  s->fill = s->used;
  if (oldTable != smallCopy) freeTable(s, oldTable);
  notifyWrite(I, s);
}

void clear(Interp& I, Set* s) {
  SetEntry* table = s->table;
  int64_t size = s->mask + 1;
  SetEntry smallCopy[Set::kMinSize];
  if (table == s->smallTable) {
    if (s->fill == 0) return;
    // Empty the set before releasing keys: a key's finalizer may look at the set.
    std::copy_n(s->smallTable, Set::kMinSize, smallCopy);
    table = smallCopy;
  }
  allocateTable(s, Set::kMinSize);
  s->fill = s->used = 0;
  s->hash = -1;
  notifyWrite(I, s);
  for (int64_t i = 0; i < size; ++i)
    decref(table[i].key);
  if (table != smallCopy) delete[] table;
}

void merge(Interp& I, Set* s, const Set* other) {
  if (other == s || other->used == 0) return;
  // One resize up front rather than many while inserting.
  if ((s->fill + other->used) * 5 >= s->mask * 3) resize(I, s, (s->used + other->used) * 2);
  int64_t otherSize = other->mask + 1;
  if (s->fill == 0 && s->mask == other->mask && other->fill == other->used) {
    // Same size, no dummies on either side: copy slot by slot.
    for (int64_t i = 0; i < otherSize; ++i) {
      const SetEntry& e = other->table[i];
      if (e.key) {
        s->table[i].key = newRef(e.key);
        s->table[i].hash = e.hash;
      }
    }
    s->fill = other->fill;
    s->used = other->used;
    notifyWrite(I, s);
    return;
  }
  if (s->fill == 0) {
    // An empty target cannot hold duplicates: insert without comparisons.
    uint64_t mask = static_cast<uint64_t>(s->mask);
    for (int64_t i = 0; i < otherSize; ++i) {
      const SetEntry& e = other->table[i];
      if (e.key) insertClean(s->table, mask, newRef(e.key), e.hash);
    }
    s->fill = other->used;
    s->used = other->used;
    notifyWrite(I, s);
    return;
  }
  // Comparisons may run Python code that changes `other`: re-read its table each step.
  for (int64_t i = 0; i <= other->mask; ++i) {
    const SetEntry& e = other->table[i];
    if (e.key) add(I, s, e.key, e.hash);
  }
}

Value pop(Interp& I, Set* s) {
  SetEntry* entry = s->table + (s->finger & s->mask);
  SetEntry* limit = s->table + s->mask;
  while (!entry->key) {
    ++entry;
    if (entry > limit) entry = s->table;
  }
  Value key = entry->key;
  entry->key = Value();
  entry->hash = kDummyHash;
  --s->used;
  s->finger = entry - s->table + 1;
  notifyWrite(I, s);
  return key;
}

void swapBodies(Interp& I, Set* a, Set* b) {
  std::swap(a->fill, b->fill);
  std::swap(a->used, b->used);
  std::swap(a->mask, b->mask);
  bool aSmall = a->table == a->smallTable;
  bool bSmall = b->table == b->smallTable;
  SetEntry* aTable = a->table;
  a->table = bSmall ? a->smallTable : b->table;
  b->table = aSmall ? b->smallTable : aTable;
  if (aSmall || bSmall)
    std::swap_ranges(a->smallTable, a->smallTable + Set::kMinSize, b->smallTable);
  if (isFrozenSet(I, a) && isFrozenSet(I, b)) {
    std::swap(a->hash, b->hash);
  } else {
    a->hash = -1;
    b->hash = -1;
  }
  notifyWrite(I, a);
  notifyWrite(I, b);
}

void compactAfterRemovals(Interp& I, Set* s) {
  if (s->fill - s->used <= s->mask / 4) return;
  resize(I, s, s->used > 50000 ? s->used * 2 : s->used * 4);
}

}  // namespace rw::settable
