// Code objects (seed 6.7): immutable compiled code with its constants, names, variable
// names, stack size, flags, and the tables that map each instruction back to source and to
// exception handlers.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "compiler/opcodes.h"
#include "runtime/object.h"

namespace rw {

struct Str;
struct Tuple;

// co_flags, with CPython's values.
enum CodeFlags : uint32_t {
  kCoOptimized = 0x1,
  kCoNewLocals = 0x2,
  kCoVarargs = 0x4,
  kCoVarkeywords = 0x8,
  kCoNested = 0x10,
  kCoGenerator = 0x20,
  kCoNoFree = 0x40,
  kCoCoroutine = 0x80,
  kCoIterableCoroutine = 0x100,
  kCoAsyncGenerator = 0x200,
};

// Where an instruction came from: the AST node it was compiled from (node ids are unique
// within one source file) and that node's span, CPython's location-table fields.
struct Location {
  uint32_t node = 0;
  int32_t line = 0;      // 0: no line (artificial instructions)
  int32_t endLine = 0;
  int32_t col = 0;       // UTF-8 byte columns, 0-based
  int32_t endCol = 0;
};

// One entry of the exception table: instructions in [start, end) jump to `target` when an
// exception is raised, after trimming the value stack to `depth`; with `pushLasti` the
// offset of the raising instruction is pushed first (used by `finally` and `with`).
struct ExceptionEntry {
  uint32_t start = 0;
  uint32_t end = 0;
  uint32_t target = 0;
  uint32_t depth = 0;
  bool pushLasti = false;
};

struct Code : Object {
  std::vector<Instruction> instructions;
  std::vector<Location> locations;  // one per instruction
  std::vector<ExceptionEntry> exceptionTable;  // sorted by start, ranges do not overlap
  Tuple* consts = nullptr;    // co_consts
  Tuple* names = nullptr;     // co_names
  Tuple* varnames = nullptr;  // co_varnames: arguments first, then other locals
  Tuple* cellvars = nullptr;  // co_cellvars
  Tuple* freevars = nullptr;  // co_freevars
  Str* name = nullptr;        // co_name
  Str* qualname = nullptr;    // co_qualname
  Str* filename = nullptr;    // co_filename
  int32_t argcount = 0;
  int32_t posonlyargcount = 0;
  int32_t kwonlyargcount = 0;
  int32_t stacksize = 0;
  int32_t firstlineno = 0;
  uint32_t flags = 0;
  // For each cell variable that is also an argument, the argument's index (else -1): the
  // argument's value moves into the cell when the frame starts (MAKE_CELL).
  std::vector<int32_t> cellArgs;
  int64_t sourceId = 0;       // which recorded source file this code came from
  uint32_t astNode = 0;       // the node (Module, FunctionDef, Lambda, ...) it compiles

  int32_t nlocals() const;    // len(co_varnames)
  int32_t ncells() const;
  int32_t nfrees() const;
  // Slots a frame needs: locals, then cells, then free variables ("localsplus").
  int32_t nlocalsplus() const { return nlocals() + ncells() + nfrees(); }
  // The 1-based line of instruction `ip`, or the line of the nearest earlier instruction
  // that has one.
  int32_t lineOf(uint32_t ip) const;
  // The handler for an exception raised at `ip`, or null.
  const ExceptionEntry* handlerFor(uint32_t ip) const;
};

}  // namespace rw
