// The lazy iterator types behind the iteration builtins: enumerate, zip, map, filter,
// reversed (with list's own reverse iterator) and iter(callable, sentinel). Each holds the
// iterators (or sequence, or callable) it draws from; like CPython's, reversed, the list
// reverse iterator and the callable iterator let go of theirs once exhausted.
#pragma once

#include <vector>

#include "runtime/type.h"

namespace rw {

struct Enumerate : Object {
  Value iterator;
  Value index;  // the next count: a small int, or a big int past the small range
};

struct Zip : Object {
  std::vector<Value> iterators;  // one per input
  bool strict = false;
};

struct Map : Object {
  Value function;
  std::vector<Value> iterators;  // one per input
};

struct Filter : Object {
  Value function;  // None or bool: keep the truthy items
  Value iterator;
};

// reversed(seq) over the sequence protocol: seq[len-1], ..., seq[0].
struct Reversed : Object {
  Value sequence;  // null once exhausted
  int64_t index = -1;
};

struct ListReverseIterator : Object {
  Value list;  // null once exhausted
  int64_t index = -1;
};

struct CallableIterator : Object {
  Value callable;  // null once exhausted
  Value sentinel;
};

// iter(callable, sentinel).
Value newCallableIterator(Interp& I, Value callable, Value sentinel);

}  // namespace rw
