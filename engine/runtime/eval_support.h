// The slower halves of evaluator instructions: everything that is not worth inlining into
// the dispatch loop (error construction, unpacking, imports, context managers, ...).
#pragma once

#include "runtime/interp.h"

namespace rw {

struct Code;
struct Dict;
struct List;
struct Tuple;
struct Frame;
struct Str;

// Runs the frame chain from `start` (the innermost executing frame, `entry` or a frame called
// from it) until `entry` returns; returns its result or throws PyException with the exception
// pending. Starting below `entry` resumes a chain restored from a snapshot.
Value evalFrames(Interp& I, Frame* entry, Frame* start, bool throwing = false);
// Resumes a suspended generator frame (already entered) by raising the pending exception at
// its yield.
Value evalFramesThrowing(Interp& I, Frame* frame);
// Puts a generator's frame on the chain to resume it.
void enterGeneratorFrame(Interp& I, Frame* frame);

[[noreturn]] void raiseUnboundLocal(Interp& I, Code* code, uint32_t index);
[[noreturn]] void raiseUnboundDeref(Interp& I, Code* code, uint32_t index);
[[noreturn]] void raiseNameError(Interp& I, Value name);
Value cellOrFreeName(Code* code, uint32_t index);

// Small-int and float arithmetic without a call; null when the operands need the protocol.
Value fastBinaryOp(Interp& I, Value a, Value b, uint32_t op);
// list[int], tuple[int], dict[key] without a call; null for anything else.
Value fastSubscript(Interp& I, Value container, Value key);
bool fastStoreSubscript(Interp& I, Value container, Value key, Value value);

// For LOAD_METHOD: when obj.name is a plain function found on the type, returns null and
// sets `method` (new reference) so that the call passes obj itself; otherwise returns the
// attribute (new reference) and leaves `method` null.
Value loadMethod(Interp& I, Value obj, Str* name, Value& method);

Value concatStrings(Interp& I, const Value* parts, uint32_t count);
void extendForUnpacking(Interp& I, List* list, Value iterable);
// DICT_UPDATE (callable null) and DICT_MERGE (duplicate keys are an error naming callable).
void mergeIntoDict(Interp& I, Dict* target, Value source, Value callable);
// Fills out[0..count) with new references, first item at out[0].
void unpackSequence(Interp& I, Value seq, uint32_t count, Value* out);
void unpackStarred(Interp& I, Value seq, uint32_t before, uint32_t after, Value* out);
// f-string conversion (1 str, 2 repr, 3 ascii) and format spec.
Value formatValue(Interp& I, Value v, uint32_t conversion, Value spec);
Dict* annotationsFromPairs(Interp& I, Tuple* pairs);
// SEND to something that is not a generator: next() for None, else its send(). Returns the
// value it produced, or null when it finished (its return value then in `returned`).
Value sendToIterator(Interp& I, Value receiver, Value sent, Value& returned);
Value callWithUnpacked(Interp& I, Value callable, Value self, Value positional, Value kwargs);

// RAISE_VARARGS: instantiates classes, checks types, sets __cause__ and __context__, and
// leaves the exception pending.
void prepareRaise(Interp& I, Value exc, Value cause);
bool exceptionMatches(Interp& I, Value exc, Value type);
Value enterContext(Interp& I, Value manager, Value& exitOut);
Value callExit(Interp& I, Value exit, Value exc);

void printExpression(Interp& I, Value v);

}  // namespace rw
