// Object sizes as CPython 3.11 reports them on 64-bit Linux, for sys.getsizeof and
// object.__sizeof__.
#include "objects/object_sizes.h"

#include <algorithm>

#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/set.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/protocols.h"

namespace rw {

int64_t cpythonSizeOf(Interp& I, Value v) {
  Type* t = typeOf(I, v);
  if (isInt(I, v)) {
    int64_t digits = (static_cast<int64_t>(toBigInt(v).bitLength()) + 29) / 30;
    return 24 + 4 * (digits < 1 ? 1 : digits);
  }
  if (v.is(I.None()) || t == I.types.object) return 16;
  if (isInstance(I, v, I.types.float_)) return 24;
  if (isInstance(I, v, I.types.str)) {
    Str* s = static_cast<Str*>(v.asObject());
    char32_t widest = 0;
    for (int64_t i = 0; i < s->length && !s->ascii; ++i)
      widest = std::max(widest, s->at(i));
    if (s->ascii) return 49 + s->length;
    if (widest < 0x100) return 73 + s->length;
    if (widest < 0x10000) return 74 + 2 * s->length;
    return 76 + 4 * s->length;
  }
  if (isInstance(I, v, I.types.bytes)) return 33 + static_cast<Bytes*>(v.asObject())->size;
  if (isInstance(I, v, I.types.tuple))
    return 24 + kGcHeader + 8 * static_cast<Tuple*>(v.asObject())->size;
  if (isInstance(I, v, I.types.list))
    return 40 + kGcHeader + 8 * static_cast<List*>(v.asObject())->capacity;
  if (isInstance(I, v, I.types.dict)) {
    Dict* d = static_cast<Dict*>(v.asObject());
    if (d->indexSize == 0) return 48 + kGcHeader;
    return 48 + kGcHeader + 32 + d->indexSize + 24 * d->entryCapacity;
  }
  if (isInstance(I, v, I.types.set) || isInstance(I, v, I.types.frozenset)) {
    Set* s = static_cast<Set*>(v.asObject());
    int64_t size = s->mask + 1;
    return 200 + kGcHeader + (size > Set::kMinSize ? 16 * size : 0);
  }
  return static_cast<int64_t>(t->basicSize) + (t->hasFlag(kTypeGc) ? kGcHeader : 0);
}

}  // namespace rw
