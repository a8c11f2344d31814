// The calls the evaluator makes on an instruction's behalf that are not a plain Python
// function called by CALL: class construction with a Python __init__, an instance's Python
// __call__, CALL_FUNCTION_EX's unpacked arguments, and a context manager's __enter__ and
// __exit__. A Python function they reach runs as a frame on the chain instead of recursing.
#include "objects/function.h"
#include "runtime/eval_internal.h"

namespace rw {

namespace {

// Calls `callable` with `args`, which has a free slot just before its first argument for the
// self of a method bound to a Python function.
StepOutcome callWithSelfSlot(Interp& I, Value callable, Value* args, size_t nargs) {
  Value self;
  if (Function* fn = pythonFunctionOf(I, callable, self)) {
    if (!self) return {Value(), frameForCall(I, fn, CallArgs{args, nargs, nullptr})};
    args[-1] = self;
    return {Value(), frameForCall(I, fn, CallArgs{args - 1, nargs + 1, nullptr})};
  }
  return {call(I, callable, CallArgs{args, nargs, nullptr})};
}

}  // namespace

StepOutcome callClassOrInstance(Interp& I, Value callable, CallArgs args) {
  Value* self = const_cast<Value*>(args.args) - 1;
  Function* init =
      typeOf(I, callable)->call == I.types.type->call ? pythonInitOf(I, callable) : nullptr;
  if (init) {
    Type* cls = static_cast<Type*>(callable.asObject());
    Value instance = cls->newInstance(I, cls, args);
    if (typeOf(I, instance) != cls) return {finishConstruction(I, cls, instance, args)};
    // The instance takes the class's slot, as __init__'s self; it stays on the stack for
    // InitResult after the frame returns.
    *self = instance;
    decref(callable);
    Frame* callee = frameForCall(I, init, CallArgs{self, args.nargs + 1, args.kwnames});
    return {newRef(instance), callee, ReturnAction::InitResult};
  }
  if (Function* fn = dunderOf(I, callable, ClassDunder::Call))
    return {Value(), frameForCall(I, fn, CallArgs{self, args.nargs + 1, args.kwnames})};
  return {callCatching(I, callable, args)};
}

StepOutcome callUnpacking(Interp& I, const Value* base, bool hasKwargs) {
  Value callable = base[0].isNull() ? base[1] : base[0];
  Value self = base[0].isNull() ? Value() : base[1];
  Value positional = base[2];
  Value kwargs = hasKwargs ? base[3] : Value();
  Value boundSelf;
  Function* fn = pythonFunctionOf(I, callable, boundSelf);
  UnpackedArgs unpacked;
  unpackCallArguments(I, callable, self ? self : boundSelf, positional, kwargs, unpacked);
  if (fn) return {Value(), frameForCall(I, fn, unpacked.args())};
  return {call(I, callable, unpacked.args())};
}

StepOutcome callEnter(Interp& I, Value enter) {
  Ref enterRef = Ref::steal(enter);
  Value selfSlot[1];
  return callWithSelfSlot(I, enter, selfSlot + 1, 0);
}

StepOutcome callExit(Interp& I, Value exit, Value exc) {
  Value exitArgs[4];
  exitArguments(I, exc, exitArgs + 1);
  return callWithSelfSlot(I, exit, exitArgs + 1, 3);
}

}  // namespace rw
