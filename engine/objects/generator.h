// Generators (seed 6.22): a generator object owns its suspended frame, with the frame's
// value stack and instruction offset, between resumptions. The evaluator resumes it by
// pushing the frame on the chain (for loops, yield from); native code (next(), list(), sum())
// resumes it in a nested evaluator loop.
#pragma once

#include "runtime/type.h"

namespace rw {

struct Frame;
struct Str;
struct Code;

struct Generator : Object {
  Frame* frame = nullptr;  // null once the generator has finished
  Code* code = nullptr;
  Str* name = nullptr;
  Str* qualname = nullptr;
  bool running = false;
  bool runningAsync = false;  // async generators: an asend/athrow is being awaited
  bool closed = false;        // async generators: exhausted or closed by aclose()
  bool hooksInitialized = false;  // async generators: the asyncgen hooks were consulted
  Value asyncFinalizer;           // async generators: the finalizer hook met at first use
};

// Generators, coroutines and async generators all are Generator objects.
bool isGeneratorLike(Interp& I, Value v);
// "generator", "coroutine" or "async generator", for messages.
const char* generatorKindName(Interp& I, const Generator* gen);
// What a suspended `yield from` or `await` delegates to (borrowed), or null.
Value generatorDelegate(const Generator* gen);

// A generator owning `frame` (taking over one reference to it).
Generator* newGenerator(Interp& I, Frame* frame);
// Resumes with `sent` (None for next()). Returns the yielded value, or null when the
// generator finished; then `returned` holds its return value (a new reference).
Value resumeGenerator(Interp& I, Generator* gen, Value sent, Value& returned);
// next(gen): the next value, or StopIteration carrying the return value.
Value generatorNext(Interp& I, Generator* gen);
// throw(): raises `exc` in the generator (delegating to what it awaits or yields from).
// Returns what it yields next, or null when it finished (its return value in `returned`).
// aclose() passes GeneratorExit on with throw() instead of closing the delegate.
Value throwIntoGenerator(Interp& I, Generator* gen, Value exc, Value& returned,
                         bool closeDelegateOnExit = true);
// The exception that throw(type[, value[, traceback]]) raises (a new reference).
Value exceptionFromThrowArgs(Interp& I, CallArgs args);
// close(): GeneratorExit at the current yield; raises RuntimeError if the generator yields.
void closeGeneratorObject(Interp& I, Generator* gen);
// Drops the finished generator's frame.
void releaseGeneratorFrame(Generator* gen);
// Checks that the generator can run now (not running, not finished); raises otherwise.
void checkResumable(Interp& I, Generator* gen);
void initGeneratorType(Interp& I);

}  // namespace rw
