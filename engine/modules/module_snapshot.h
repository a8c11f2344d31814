// Building blocks for the snapshot codecs of the module types (runtime/snapshot.h): bare
// allocation and lists of values.
#pragma once

#include <algorithm>
#include <cstring>
#include <new>
#include <vector>

#include "runtime/snapshot.h"

namespace rw::module_snapshot {

// Allocates like Interp::alloc, room for a subclass's instance dict included (zeroed), without
// a birth: the serial and counts come from the snapshot.
template <class T>
Object* allocate(Interp& I, Type* type, SnapshotDecoder&) {
  size_t size = sizeof(T);
  size_t full = std::max<size_t>(size, type->basicSize);
  void* memory = I.allocateRaw(full, type->hasFlag(kTypeGc));
  if (full > size) std::memset(static_cast<char*>(memory) + size, 0, full - size);
  return new (memory) T();
}

inline void writeValues(SnapshotEncoder& e, const std::vector<Value>& values) {
  e.w.varint(values.size());
  for (Value v : values)
    e.value(v);
}

inline void readValues(SnapshotDecoder& d, std::vector<Value>& values) {
  values.resize(d.r.count());
  for (Value& v : values)
    v = d.value();
}

inline void writeInts(SnapshotEncoder& e, const std::vector<int64_t>& values) {
  e.w.varint(values.size());
  for (int64_t v : values)
    e.w.svarint(v);
}

inline void readInts(SnapshotDecoder& d, std::vector<int64_t>& values) {
  values.resize(d.r.count());
  for (int64_t& v : values)
    v = d.r.svarint();
}

}  // namespace rw::module_snapshot
