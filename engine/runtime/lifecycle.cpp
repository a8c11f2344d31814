// Object death: when a count reaches zero the object releases what it holds and its memory
// is freed at once, so deaths happen at deterministic steps. Releasing a long chain (a linked
// list of a million nodes) would recurse that deep; beyond a small depth, deaths are queued
// and drained by the outermost call instead.
#include <exception>

#include "runtime/finalizers.h"
#include "runtime/interp.h"

namespace rw {

namespace {

constexpr int kMaxDestroyDepth = 64;

void destroyNow(Interp& I, Object* object) {
  Type* type = object->type;
  // No finalizer runs while C++ unwinds (a replay or recording being stopped): Python code
  // cannot run in the middle of that.
  if (type->finalize && !(object->flags & kFinalized) && !I.inspecting && std::uncaught_exceptions() == 0 &&
      runFinalizer(I, object))
    return;
  if (I.observer) I.observer->onDeath(object);
  if (type->destroy) type->destroy(object);
  I.freeRaw(object);
  decref(static_cast<Object*>(type));
}

}  // namespace

void destroyObject(Object* object) {
  if (object->flags & kImmortal) {
    object->refcnt = 1u << 30;
    return;
  }
  Interp* I = Interp::current();
  // Without an interpreter (process teardown) the memory is left to the process.
  if (!I || I->suspendDestruction) return;
  if (I->destroyDepth >= kMaxDestroyDepth) {
    I->pendingDestruction.push_back(object);
    return;
  }
  ++I->destroyDepth;
  destroyNow(*I, object);
  if (I->destroyDepth == 1) {
    while (!I->pendingDestruction.empty()) {
      Object* next = I->pendingDestruction.back();
      I->pendingDestruction.pop_back();
      destroyNow(*I, next);
    }
  }
  --I->destroyDepth;
}

}  // namespace rw
