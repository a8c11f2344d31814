// Coroutines and async generators (seed 6.23). Both are Generator objects (they own a
// suspended frame and reuse the generator machinery); this header adds the await protocol
// and the small awaitable objects that drive an async generator.
#pragma once

#include "objects/generator.h"

namespace rw {

// coro.__await__(): an iterator over the coroutine.
struct CoroutineWrapper : Object {
  Generator* coroutine = nullptr;
};

// What an async generator's `yield` produces, so that asend() can tell a yield (the value of
// the awaited __anext__) from an await inside the generator (passed on to the event loop).
struct AsyncGenWrappedValue : Object {
  Value value;
};

enum class AwaitableState : uint8_t { Init, Iter, Closed };

// async_generator_asend (asend, __anext__) and async_generator_athrow (athrow, aclose).
struct AsyncGenAwaitable : Object {
  Generator* gen = nullptr;
  Value argument;  // asend: the value to send; athrow: the arguments tuple; aclose: null
  AwaitableState state = AwaitableState::Init;
};

// GET_AWAITABLE: the iterator `await v` drives. `where` is 0 for await, 1 after __aenter__,
// 2 after __aexit__ (they name the method in the error).
Value awaitableOf(Interp& I, Value v, uint32_t where);
// GET_AITER and GET_ANEXT.
Value asyncIteratorOf(Interp& I, Value v);
Value asyncNextAwaitable(Interp& I, Value aiter);
// BEFORE_ASYNC_WITH: the bound __aexit__ in `exitOut`; returns what __aenter__() returned.
Value enterAsyncContext(Interp& I, Value manager, Value& exitOut);
// ASYNC_GEN_WRAP.
Value wrapAsyncGenValue(Interp& I, Value v);

// The builtins aiter() and anext().
Value builtinAiter(Interp& I, Value self, CallArgs args);
Value builtinAnext(Interp& I, Value self, CallArgs args);

void initCoroutineTypes(Interp& I);
void initAsyncGeneratorTypes(Interp& I);

}  // namespace rw
