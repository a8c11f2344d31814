// The checks of the instructions that delegate to another generator or coroutine (yield from,
// await), before the evaluator resumes its frame.
#include <string>

#include "objects/code.h"
#include "objects/coroutine.h"
#include "runtime/eval_internal.h"
#include "runtime/protocols.h"

namespace rw {

Value yieldFromIterator(Interp& I, Code* code, Value v) {
  if (isType(I, v, I.types.coroutine)) {
    if (!(code->flags & (kCoCoroutine | kCoIterableCoroutine)))
      raiseTypeError(I, "cannot 'yield from' a coroutine object in a non-coroutine generator");
    return newRef(v);
  }
  if (isType(I, v, I.types.generator)) return newRef(v);
  return getIter(I, v);
}

Frame* frameToSendTo(Interp& I, Generator* gen, Value sent) {
  checkResumable(I, gen);
  if (!gen->frame && gen->type == I.types.coroutine)
    raiseError(I, I.exc.RuntimeError, "cannot reuse already awaited coroutine");
  Frame* frame = gen->frame;
  if (frame && frame->state == FrameState::Created && !sent.is(I.None()))
    raiseTypeError(
        I, std::string("can't send non-None value to a just-started ") + generatorKindName(I, gen));
  return frame;
}

}  // namespace rw
