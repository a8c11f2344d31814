// The instructions that build one object out of several values on the stack and are not
// worth inlining into the dispatch loop: functions, dicts and sets.
#include <bit>

#include "objects/code.h"
#include "objects/dict.h"
#include "objects/function.h"
#include "objects/set.h"
#include "objects/tuple.h"
#include "runtime/eval_internal.h"

namespace rw {

Value* makeFunction(Interp& I, Frame* f, Value* sp, uint32_t flags) {
  // [defaults, kwdefaults, annotations, closure, code], each but the code present by a flag.
  Value* operands = sp - 1 - std::popcount(flags & 0xF);
  Value* next = operands;
  Value defaults = flags & 1 ? *next++ : Value();
  Value kwdefaults = flags & 2 ? *next++ : Value();
  Value annotationPairs = flags & 4 ? *next++ : Value();
  Value closure = flags & 8 ? *next++ : Value();
  Code* fnCode = static_cast<Code*>(next->asObject());
  Ref fn = Ref::steal(Value(newFunction(I, fnCode, f->globals, fnCode->qualname)));
  Function* made = fn.as<Function>();
  if (annotationPairs)
    made->annotations = annotationsFromPairs(I, static_cast<Tuple*>(annotationPairs.asObject()));
  // Nothing raises from here on: the function takes over the stack's references.
  if (defaults) made->defaults = static_cast<Tuple*>(defaults.asObject());
  if (kwdefaults) made->kwdefaults = static_cast<Dict*>(kwdefaults.asObject());
  if (closure) made->closure = static_cast<Tuple*>(closure.asObject());
  decref(annotationPairs);
  decref(*next);
  *operands = fn.release();
  return operands + 1;
}

Value buildMap(Interp& I, const Value* items, uint32_t count) {
  Ref d = Ref::steal(Value(newDict(I)));
  for (uint32_t i = 0; i < count; ++i)
    dictSet(I, d.as<Dict>(), items[2 * i], items[2 * i + 1]);
  return d.release();
}

Value buildConstKeyMap(Interp& I, const Value* values, Value keys, uint32_t count) {
  auto* k = static_cast<Tuple*>(keys.asObject());
  if (!isType(I, keys, I.types.tuple) || k->size != static_cast<int64_t>(count))
    raiseError(I, I.exc.SystemError, "bad BUILD_CONST_KEY_MAP keys argument");
  Ref d = Ref::steal(Value(newDict(I)));
  for (uint32_t i = 0; i < count; ++i)
    dictSet(I, d.as<Dict>(), k->item(i), values[i]);
  return d.release();
}

Value buildSet(Interp& I, const Value* items, uint32_t count) {
  Ref set = Ref::steal(Value(newSet(I)));
  for (uint32_t i = 0; i < count; ++i)
    setAdd(I, set.as<Set>(), items[i]);
  return set.release();
}

}  // namespace rw
