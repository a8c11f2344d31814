// Snapshot codecs for exception groups: BaseException's fields, then the message and the
// nested exceptions.
#include <algorithm>
#include <cstring>

#include "objects/exception_group.h"
#include "objects/tuple.h"
#include "runtime/snapshot.h"

namespace rw {

namespace {

const SnapshotCodec* exceptionCodec(Interp& I) {
  return snapshotCodecFor(I, I.exc.BaseException);
}

void groupWrite(Interp& I, Object* o, SnapshotEncoder& e) {
  exceptionCodec(I)->write(I, o, e);
  ExceptionGroupObject* g = static_cast<ExceptionGroupObject*>(o);
  e.value(g->message);
  e.object(g->exceptions);
}

Object* groupAllocate(Interp& I, Type* type, SnapshotDecoder&) {
  size_t size = std::max<size_t>(sizeof(ExceptionGroupObject), type->basicSize);
  void* memory = I.allocateRaw(size, type->hasFlag(kTypeGc));
  std::memset(memory, 0, size);
  return new (memory) ExceptionGroupObject();
}

void groupRead(Interp& I, Object* o, SnapshotDecoder& d) {
  exceptionCodec(I)->read(I, o, d);
  ExceptionGroupObject* g = static_cast<ExceptionGroupObject*>(o);
  g->message = d.value();
  g->exceptions = d.object<Tuple>();
}

const SnapshotCodec kExceptionGroup{groupWrite, groupAllocate, groupRead, nullptr, false, nullptr};

}  // namespace

void registerExceptionSnapshotCodecs(Interp& I) {
  registerSnapshotCodec(I, I.exc.BaseExceptionGroup, &kExceptionGroup);
}

}  // namespace rw
