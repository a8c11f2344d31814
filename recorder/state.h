// Plain snapshots of what the debugger shows: the state at one step, the description of a
// code object, a source file. The timeline produces them; the GUI, the CLI and the DAP server
// only read them. No engine types appear here, so views never touch live engine objects.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace rw::recorder {

// A value as the debugger shows it.
struct ValueView {
  std::string repr;  // what CPython's repr() gives (shortened for huge values)
  std::string type;  // type(value).__name__
  uint64_t id = 0;   // the object's identity in the trace; 0 for values without an object
};

struct VariableView {
  std::string name;
  std::string kind;  // "local", "cell", "free", "global"
  bool bound = false;
  ValueView value;   // meaningful when bound
  uint64_t cellId = 0;  // "cell" and "free": the cell's identity, shared by every frame and
                        // closure that uses it (0 when the slot holds no cell yet)
};

// Where an instruction comes from: CPython's location-table fields plus the AST node id.
struct SourceSpan {
  int64_t sourceId = 0;
  std::string file;
  int line = 0;  // 0: the instruction has no line
  int endLine = 0;
  int col = 0;   // UTF-8 byte columns, 0-based
  int endCol = 0;
  uint32_t astNode = 0;
};

struct FrameView {
  uint64_t id = 0;          // the frame object's identity
  int64_t codeId = 0;
  std::string function;     // co_qualname ("<module>", "outer.<locals>.inner", ...)
  std::string file;
  int line = 0;
  uint32_t offset = 0;      // the instruction index in its code object
  std::string state;        // "executing", "suspended", "created", "completed"
  std::vector<VariableView> variables;  // locals in co_varnames order, then cells, then frees
  std::vector<ValueView> stack;         // bottom first
};

struct HeapField {
  std::string label;  // "[0]", "x", "key: 'a'", "cell_contents", ...
  ValueView value;
};

struct HeapObjectView {
  uint64_t id = 0;
  std::string type;
  std::string repr;  // short
  std::vector<HeapField> fields;
};

struct InstructionView {
  uint32_t offset = 0;
  std::string opname;
  uint32_t arg = 0;
  std::string argRepr;  // what the argument means ("x", "+", "to 12", "(1, 2)")
  int pops = 0;         // values the instruction takes from the stack
  int pushes = 0;       // values it leaves there
};

struct StepState {
  int64_t step = 0;
  int64_t steps = 0;  // total steps in the trace
  InstructionView instruction;
  SourceSpan location;
  std::vector<FrameView> frames;        // innermost first
  std::vector<VariableView> globals;    // the innermost frame's module globals (no dunders)
  std::vector<HeapObjectView> heap;     // objects reachable from the frames (bounded)
  // Frames of the generators in `heap` that are not running: suspended at a yield, or
  // created and not started (bounded).
  std::vector<FrameView> suspended;
  std::string stdoutText;               // output up to this step
  std::string stderrText;
};

struct InstructionInfo {
  InstructionView instruction;
  SourceSpan location;
  bool jumpTarget = false;
};

struct ExceptionRange {
  uint32_t start = 0;
  uint32_t end = 0;
  uint32_t target = 0;
  uint32_t depth = 0;
  bool lasti = false;
};

struct CodeInfo {
  int64_t id = 0;
  int64_t sourceId = 0;
  std::string name;
  std::string qualname;
  std::string filename;
  int firstLine = 0;
  int argcount = 0;
  int posonlyargcount = 0;
  int kwonlyargcount = 0;
  int stacksize = 0;
  uint32_t flags = 0;
  uint32_t astNode = 0;
  std::vector<std::string> consts;  // reprs
  std::vector<std::string> names;
  std::vector<std::string> varnames;
  std::vector<std::string> cellvars;
  std::vector<std::string> freevars;
  std::vector<InstructionInfo> instructions;
  std::vector<ExceptionRange> exceptionTable;
};

struct SourceInfo {
  int64_t id = 0;
  std::string path;
  std::string text;
};

}  // namespace rw::recorder
