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
  int64_t position = 0;
  int64_t expectedSize = 0;  // "dictionary changed size during iteration"
  uint8_t kind = 0;          // 0 keys, 1 values, 2 items
};

Value newSeqIterator(Interp& I, Type* type, Value sequence);

}  // namespace rw
