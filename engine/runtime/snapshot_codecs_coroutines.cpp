// Snapshot codecs of the coroutine machinery's small objects: __await__() wrappers, the
// awaitables of async generators (asend, athrow, aclose) and the values they wrap. The
// coroutines and async generators themselves use the generator codec.
#include "objects/coroutine.h"
#include "runtime/snapshot.h"

namespace rw {

namespace {

template <class T>
Object* allocatePlain(Interp& I, Type* type, SnapshotDecoder&) {
  void* memory = I.allocateRaw(sizeof(T), type->hasFlag(kTypeGc));
  return new (memory) T();
}

void wrapperWrite(Interp&, Object* o, SnapshotEncoder& e) {
  e.object(static_cast<CoroutineWrapper*>(o)->coroutine);
}
void wrapperRead(Interp&, Object* o, SnapshotDecoder& d) {
  static_cast<CoroutineWrapper*>(o)->coroutine = d.object<Generator>();
}

void awaitableWrite(Interp&, Object* o, SnapshotEncoder& e) {
  AsyncGenAwaitable* a = static_cast<AsyncGenAwaitable*>(o);
  e.object(a->gen);
  e.value(a->argument);
  e.w.u8(static_cast<uint8_t>(a->state));
}
void awaitableRead(Interp&, Object* o, SnapshotDecoder& d) {
  AsyncGenAwaitable* a = static_cast<AsyncGenAwaitable*>(o);
  a->gen = d.object<Generator>();
  a->argument = d.value();
  uint8_t state = d.r.u8();
  if (state > static_cast<uint8_t>(AwaitableState::Closed))
    throw SnapshotError("bad async generator awaitable state");
  a->state = static_cast<AwaitableState>(state);
}

void wrappedWrite(Interp&, Object* o, SnapshotEncoder& e) {
  e.value(static_cast<AsyncGenWrappedValue*>(o)->value);
}
void wrappedRead(Interp&, Object* o, SnapshotDecoder& d) {
  static_cast<AsyncGenWrappedValue*>(o)->value = d.value();
}

const SnapshotCodec kWrapper{wrapperWrite, allocatePlain<CoroutineWrapper>, wrapperRead, nullptr,
                             false};
const SnapshotCodec kAwaitable{awaitableWrite, allocatePlain<AsyncGenAwaitable>, awaitableRead,
                               nullptr, false};
const SnapshotCodec kWrapped{wrappedWrite, allocatePlain<AsyncGenWrappedValue>, wrappedRead,
                             nullptr, false};

}  // namespace

void registerCoroutineSnapshotCodecs(Interp& I) {
  registerSnapshotCodec(I, I.types.coroutineWrapper, &kWrapper);
  registerSnapshotCodec(I, I.types.asyncGenASend, &kAwaitable);
  registerSnapshotCodec(I, I.types.asyncGenAThrow, &kAwaitable);
  registerSnapshotCodec(I, I.types.asyncGenWrappedValue, &kWrapped);
}

}  // namespace rw
