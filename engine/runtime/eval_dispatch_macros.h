// The dispatch loop's vocabulary, for eval.cpp alone: macros over evalFrames' registers (f,
// code, first, ip, sp, locals, consts, names, word, table) that move between instructions and
// frames. They are macros because they jump: to the next handler, to a label of the loop, or
// into another frame, without leaving the one C++ activation that runs the chain.
#pragma once

#define LOAD_FRAME()                   \
  do {                                 \
    code = f->code;                    \
    first = code->instructions.data(); \
    ip = first + f->ip;                \
    sp = f->sp;                        \
    locals = f->localsplus();          \
    consts = code->consts->items();    \
    names = code->names->items();      \
  } while (0)
#define SAVE_FRAME()                           \
  do {                                         \
    f->ip = static_cast<uint32_t>(ip - first); \
    f->sp = sp;                                \
  } while (0)
// A handler's Refs live in an inner block that closes before it dispatches: clang refuses an
// indirect goto out of the scope of a variable with a destructor.
#define DISPATCH()            \
  do {                        \
    word = *ip;               \
    goto* table[word & 0xFF]; \
  } while (0)
#define NEXT()  \
  do {          \
    ++ip;       \
    DISPATCH(); \
  } while (0)
#define ARG (word >> 8)
#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define JUMP_TO(target)    \
  do {                     \
    ip = first + (target); \
    DISPATCH();            \
  } while (0)
// Continues in `frame`, already on the chain.
#define ENTER_FRAME(frame) \
  do {                     \
    f = (frame);           \
    LOAD_FRAME();          \
    DISPATCH();            \
  } while (0)
// Continues in `callee`, which returns through `returnAction`.
#define CALL_FRAME(callee, returnAction, actionStage) \
  do {                                                \
    Frame* next_ = (callee);                          \
    SAVE_FRAME();                                     \
    enterCallee(I, next_, returnAction, actionStage); \
    ENTER_FRAME(next_);                               \
  } while (0)
// Ends an instruction with what its out-of-line step decided, releasing its operands
// [base, sp): the result takes their place, or the frame runs.
#define FINISH_STEP(outcome, base)                                                 \
  do {                                                                             \
    StepOutcome finish_ = (outcome);                                               \
    if (!finish_.result && !finish_.callee) goto exception_unwind;                 \
    sp = releaseValues((base), sp);                                                \
    if (finish_.result) PUSH(finish_.result);                                      \
    if (finish_.callee) CALL_FRAME(finish_.callee, finish_.action, finish_.stage); \
    NEXT();                                                                        \
  } while (0)
// Replaces the top `count` values with what `make` builds from them (`base` is the first).
#define BUILD_FROM(count, make)           \
  do {                                    \
    Value* base = sp - (count);           \
    Value built_ = (make);                \
    sp = replaceValues(base, sp, built_); \
    NEXT();                               \
  } while (0)
// Calls `fn` with the top `count` values of the stack, which it pops.
#define CALL_WITH_OPERANDS(fn, count, returnAction)                                          \
  do {                                                                                       \
    Frame* operandCallee_ = frameForCall(I, (fn), CallArgs{sp - (count), (count), nullptr}); \
    sp = dropValues(sp, (count));                                                            \
    CALL_FRAME(operandCallee_, returnAction, 0);                                             \
  } while (0)
// Sets `t` to the truth of `v`, on top of the stack. When it comes from a Python __bool__ or
// __len__, runs that as a frame instead; `v` then becomes the answer and the instruction runs
// again.
#define TRUTH_OF(v, t)                                                                             \
  do {                                                                                             \
    if ((v).is(I.boolean(true))) {                                                                 \
      t = true;                                                                                    \
    } else if ((v).is(I.boolean(false))) {                                                         \
      t = false;                                                                                   \
    } else {                                                                                       \
      bool fromLength_ = false;                                                                    \
      Function* truthFn_ =                                                                         \
          isClassInstance(v) ? classTruthFunction(I, (v).asObject()->type, fromLength_) : nullptr; \
      if (truthFn_) [[unlikely]] {                                                                 \
        Frame* truthCallee_ = frameForCall(I, truthFn_, CallArgs{sp - 1, 1, nullptr});             \
        CALL_FRAME(truthCallee_,                                                                   \
                   fromLength_ ? ReturnAction::TruthFromLength : ReturnAction::Truth, 0);          \
      }                                                                                            \
      t = truthy(I, v);                                                                            \
    }                                                                                              \
  } while (0)
