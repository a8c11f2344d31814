// Building blocks for the snapshot codecs of the module types (runtime/snapshot.h): bare
// allocation and lists of values.
#pragma once

#include <new>
#include <vector>

#include "runtime/snapshot.h"

namespace rw::module_snapshot {

template <class T>
Object* allocate(Interp& I, Type* type, SnapshotDecoder&) {
  void* memory = I.allocateRaw(sizeof(T), type->hasFlag(kTypeGc));
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
