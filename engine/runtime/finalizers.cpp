// Finalizers with CPython's rules (PEP 442): each object's runs at most once, it may
// resurrect the object, and an exception it raises is reported and otherwise ignored.
#include "runtime/finalizers.h"

#include "objects/dict.h"
#include "objects/generator.h"
#include "objects/module.h"
#include "objects/str.h"
#include "runtime/frame.h"
#include "runtime/protocols.h"
#include "runtime/stdio.h"
#include "runtime/traceback.h"

namespace rw {

namespace {

void closeGenerator(Interp& I, Object* object) {
  Generator* gen = static_cast<Generator*>(object);
  if (gen->type == I.types.asyncGenerator && gen->asyncFinalizer && gen->frame && !gen->closed) {
    // The event loop's finalizer hook closes it later, as a task.
    try {
      Ref finalizer = Ref::borrow(gen->asyncFinalizer);
      Ref result = Ref::steal(call(I, finalizer.get(), {Value(object)}));
    } catch (PyException&) {
      reportUnraisable(I, Value(object));
    }
    return;
  }
  if (!gen->frame || gen->frame->state != FrameState::Suspended) return;
  try {
    closeGeneratorObject(I, gen);
  } catch (PyException&) {
    reportUnraisable(I, Value(object));
  }
}

}  // namespace

void finalizeOnce(Interp& I, Object* object) {
  object->flags |= kFinalized;
  // The exception being raised around the death is not the finalizer's.
  Value pending = std::exchange(I.pendingException, Value());
  object->type->finalize(I, object);
  decref(I.pendingException);
  I.pendingException = pending;
}

bool runFinalizer(Interp& I, Object* object) {
  // The object lives while its finalizer runs.
  object->refcnt = 1;
  Frame* interrupted = I.frame;
  bool wasRunning = interrupted && interrupted->finalizerRunning;
  if (interrupted) interrupted->finalizerRunning = true;
  finalizeOnce(I, object);
  if (interrupted) interrupted->finalizerRunning = wasRunning;
  return --object->refcnt != 0;
}

void callDelMethod(Interp& I, Object* object) {
  Value method = typeLookup(I, object->type, I.intern("__del__"));
  if (!method) return;
  Ref hold = Ref::borrow(method);
  try {
    Type* mt = typeOf(I, method);
    Ref bound = mt->descrGet
                    ? Ref::steal(mt->descrGet(I, method, Value(object), Value(object->type)))
                    : Ref::borrow(method);
    Ref result = Ref::steal(call(I, bound.get(), {}));
  } catch (PyException&) {
    reportUnraisable(I, method);
  }
}

void reportUnraisable(Interp& I, Value where) {
  Ref exc = Ref::steal(I.takePendingException());
  std::string text = "Exception ignored in: ";
  try {
    text += reprString(I, where);
  } catch (PyException&) {
    decref(I.takePendingException());
    text += "<object repr() failed>";
  }
  text += "\n" + formatException(I, exc.get());
  try {
    writeToStream(I, stderrStream(I), text);
  } catch (PyException&) {
    decref(I.takePendingException());
  }
}

void releaseMainGlobals(Interp& I, Module* main) {
  if (!I.finalizersDefined) return;
  Dict* globals = main->dict;
  std::vector<Ref> keys;
  int64_t pos = 0;
  const DictEntry* e;
  while (dictNext(globals, pos, e))
    keys.push_back(Ref::borrow(e->key));
  for (Ref& key : keys) {
    if (key.get().is(Value(I.names.__builtins__))) continue;
    try {
      if (dictGet(I, globals, key.get())) dictSet(I, globals, key.get(), I.None());
    } catch (PyException&) {
      decref(I.takePendingException());
    }
  }
}

void initFinalizers(Interp& I) {
  for (Type* t : {I.types.generator, I.types.coroutine, I.types.asyncGenerator})
    t->finalize = closeGenerator;
}

}  // namespace rw
