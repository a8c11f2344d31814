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
};

// A generator owning `frame` (taking over one reference to it).
Generator* newGenerator(Interp& I, Frame* frame);
// Resumes with `sent` (None for next()). Returns the yielded value, or null when the
// generator finished; then `returned` holds its return value (a new reference).
Value resumeGenerator(Interp& I, Generator* gen, Value sent, Value& returned);
// next(gen): the next value, or StopIteration carrying the return value.
Value generatorNext(Interp& I, Generator* gen);
// Drops the finished generator's frame.
void releaseGeneratorFrame(Generator* gen);
// Checks that the generator can run now (not running, not finished); raises otherwise.
void checkResumable(Interp& I, Generator* gen);
void initGeneratorType(Interp& I);

}  // namespace rw
