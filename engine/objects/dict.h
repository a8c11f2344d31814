// dict: an insertion-ordered hash table in CPython's compact layout (a sparse index table
// over a dense array of entries). Keys are compared by identity first, then by hash and ==.
#pragma once

#include <string_view>
#include <vector>

#include "runtime/type.h"

namespace rw {

struct DictEntry {
  Hash hash = 0;
  Value key;    // null for a deleted entry
  Value value;
};

struct Dict : Object {
  int64_t used = 0;        // live entries
  int64_t nentries = 0;    // entries[0, nentries) in use, deleted ones included
  int64_t entryCapacity = 0;
  int64_t indexSize = 0;   // power of two
  int32_t* indices = nullptr;  // -1 empty, -2 deleted, else an entry number
  DictEntry* entries = nullptr;
  // Bumped on every change of the key set or any value; lets caches (globals) check freshness.
  uint64_t version = 0;
};

Dict* newDict(Interp& I);
// Borrowed value, or null when missing. May run __hash__/__eq__ of the key's class.
Value dictGet(Interp& I, Dict* d, Value key);
// dictGet for a key whose hash the caller already has (from another table).
Value dictGetWithHash(Interp& I, Dict* d, Value key, Hash hash);
// Lookup with a str key, no user code involved.
Value dictGetStr(Interp& I, Dict* d, Str* key);
Value dictGetStr(Interp& I, Dict* d, std::string_view key);
// Stores new references to key and value.
void dictSet(Interp& I, Dict* d, Value key, Value value);
void dictSetStr(Interp& I, Dict* d, std::string_view key, Value value);
// dictSet for a key whose hash the caller already has (functools.lru_cache).
void dictSetWithHash(Interp& I, Dict* d, Value key, Hash hash, Value value);
// Removes the key; returns false when it was missing.
bool dictDel(Interp& I, Dict* d, Value key);
bool dictDelWithHash(Interp& I, Dict* d, Value key, Hash hash);
void dictClear(Interp& I, Dict* d);
Dict* dictCopy(Interp& I, Dict* d);
// Snapshot support: frees the tables without releasing keys or values, and rebuilds a dict
// from entries in order (the caller has arranged their counts).
void dictReleaseStorage(Dict* d);
void dictRestoreEntries(Dict* d, const std::vector<DictEntry>& entries, uint64_t version);
// Iterates live entries in insertion order: for (int64_t i = 0; dictNext(d, i, e);)
bool dictNext(const Dict* d, int64_t& pos, const DictEntry*& entry);

}  // namespace rw
