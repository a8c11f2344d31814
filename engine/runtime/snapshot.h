// Snapshots: the complete state of an interpreter between two instructions of the main
// evaluation loop, as bytes. Restoring a snapshot into a freshly started interpreter of the
// same engine build and resuming the main program replays exactly what followed: every
// object keeps its serial (its id() and trace identity) and its reference count, so births,
// deaths and even cycle collections happen at the same steps as in the recording.
//
// Objects created by interpreter start-up are identical in every interpreter; a snapshot
// names them by serial and stores only the contents of the mutable ones.
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>
#include <unordered_map>
#include <vector>

#include "objects/function.h"
#include "runtime/interp.h"
#include "support/byte_buffer.h"

namespace rw {

class SnapshotError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class SnapshotEncoder {
 public:
  explicit SnapshotEncoder(support::ByteWriter& w) : w(w) {}
  void value(Value v);
  void object(const Object* o) { value(o ? Value(const_cast<Object*>(o)) : Value()); }
  support::ByteWriter& w;
};

class SnapshotDecoder {
 public:
  SnapshotDecoder(support::ByteReader r, const std::unordered_map<uint64_t, Object*>& objects)
      : r(r), objects_(objects) {}
  // The value as stored, without taking a reference (counts are restored separately).
  Value value();
  template <class T>
  T* object() {
    Value v = value();
    return v ? static_cast<T*>(v.asObject()) : nullptr;
  }
  support::ByteReader r;

 private:
  const std::unordered_map<uint64_t, Object*>& objects_;
};

// How one type's instances are written and rebuilt. `allocate` reads what it needs to size
// the object; `read` reads the whole payload again and fills the object without touching
// any reference count; `reset` releases the buffers of a start-up object about to be
// overwritten. Start-up objects of a type without `mutableAtStartup` are not written.
struct SnapshotCodec {
  void (*write)(Interp&, Object*, SnapshotEncoder&) = nullptr;
  Object* (*allocate)(Interp&, Type*, SnapshotDecoder&) = nullptr;
  void (*read)(Interp&, Object*, SnapshotDecoder&) = nullptr;
  void (*reset)(Object*) = nullptr;
  bool mutableAtStartup = false;
  // After every object is restored, in serial order (classes recompute their slots).
  void (*finish)(Interp&, Object*) = nullptr;
};

void registerSnapshotCodec(Interp& I, Type* type, const SnapshotCodec* codec);
// The codec for a type: its own, or the nearest base's (exception subclasses, ...).
const SnapshotCodec* snapshotCodecFor(Interp& I, Type* type);
void registerBuiltinSnapshotCodecs(Interp& I);
void registerClassSnapshotCodecs(Interp& I);
void registerSuperSnapshotCodec(Interp& I);
// Instances of classes created at run time: their built-in base's codec plus the dict.
const SnapshotCodec* classInstanceCodec();
// Sets, dict views and iterators, the iteration builtins (snapshot_codecs_collections.cpp).
void registerCollectionSnapshotCodecs(Interp& I);
// Exception groups (snapshot_codecs_exceptions.cpp).
void registerExceptionSnapshotCodecs(Interp& I);
// Coroutine wrappers and async generator awaitables (snapshot_codecs_coroutines.cpp).
void registerCoroutineSnapshotCodecs(Interp& I);

// A native function's stable name, and back (for builtin functions created at run time).
std::string nativeFunctionName(Interp& I, NativeFunction fn);
NativeFunction nativeFunctionByName(Interp& I, const std::string& name, const char** doc);

// True when the interpreter is at an instruction boundary of the main loop with no native
// code on the C++ stack, the only state a snapshot can capture.
bool canSnapshot(const Interp& I);
std::vector<uint8_t> writeSnapshot(Interp& I);
// Restores into an interpreter that has started but run nothing. Throws SnapshotError (or
// support::DecodeError) for data from another engine build or corrupt data.
void restoreSnapshot(Interp& I, const std::vector<uint8_t>& bytes);

// Identifies this engine build's start-up state; stored in traces so that a trace recorded
// by another build is refused with a clear message instead of replaying wrongly.
std::string engineFingerprint(Interp& I);

}  // namespace rw
