// Iterators over built-in sequences and dicts, and the sequence iterator for classes that
// only define __getitem__.
#pragma once

#include "runtime/type.h"

namespace rw {

// Iterates a list, tuple or str by index; `sequence` is released when exhausted.
struct SeqIterator : Object {
  Value sequence;
  int64_t index = 0;
};

struct DictIterator : Object {
  Value dict;
  int64_t position = 0;      // the next entry; reverse iterators count down
  int64_t expectedSize = 0;  // "dictionary changed size during iteration"
  uint8_t kind = 0;          // kDictKeys, kDictValues or kDictItems
};

constexpr uint8_t kDictKeys = 0, kDictValues = 1, kDictItems = 2;

Value newSeqIterator(Interp& I, Type* type, Value sequence);
// An iterator over a dict's keys, values or items, from the first entry or from the last.
Value newDictIterator(Interp& I, Value dict, uint8_t kind, bool reverse);

}  // namespace rw
