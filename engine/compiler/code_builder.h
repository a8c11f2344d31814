// The instruction buffer for one code object while it is being generated: instructions with
// symbolic jump labels and source locations, plus the pseudo-instructions that mark
// exception-handler regions. The assembler turns it into a Code object.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "compiler/opcodes.h"
#include "objects/code.h"
#include "runtime/object.h"

namespace rw {

// Compiler-only instructions, removed by the assembler (CPython's pseudo-instructions).
enum class Pseudo : uint16_t {
  SetupFinally = 256,  // protect what follows; the handler gets [exc]
  SetupCleanup,        // protect what follows; the handler gets [lasti, exc]
  SetupWith,           // like SetupCleanup, but the handler starts one value lower
  PopBlock,            // end the innermost protected region
};

struct IrInstruction {
  uint16_t op = 0;       // an Opcode, or a Pseudo
  uint32_t arg = 0;
  int32_t target = -1;   // label id for jumps and Setup*
  Location location;
};

struct Label {
  int32_t id = -1;
  bool valid() const { return id >= 0; }
};

class CodeBuilder {
 public:
  Label newLabel() {
    labelPositions_.push_back(-1);
    return Label{static_cast<int32_t>(labelPositions_.size() - 1)};
  }
  void bind(Label label) { labelPositions_[label.id] = static_cast<int32_t>(code_.size()); }

  void emit(Opcode op, uint32_t arg = 0) {
    code_.push_back(IrInstruction{static_cast<uint16_t>(op), arg, -1, location_});
  }
  void emitJump(Opcode op, Label target) {
    code_.push_back(IrInstruction{static_cast<uint16_t>(op), 0, target.id, location_});
  }
  void emitPseudo(Pseudo op, Label target = {}) {
    code_.push_back(IrInstruction{static_cast<uint16_t>(op), 0, target.id, location_});
  }

  void setLocation(const Location& location) { location_ = location; }
  const Location& location() const { return location_; }

  // Tables indexed by instruction arguments. Names are deduplicated.
  uint32_t addName(const std::string& name);
  const std::vector<std::string>& names() const { return names_; }

  const std::vector<IrInstruction>& instructions() const { return code_; }
  const std::vector<int32_t>& labelPositions() const { return labelPositions_; }
  bool lastIsTerminator() const;

 private:
  std::vector<IrInstruction> code_;
  std::vector<int32_t> labelPositions_;
  std::vector<std::string> names_;
  std::unordered_map<std::string, uint32_t> nameIndex_;
  Location location_;
};

// What the assembler produced: final instructions and tables, ready for a Code object.
struct AssembledCode {
  std::vector<Instruction> instructions;
  std::vector<Location> locations;
  std::vector<ExceptionEntry> exceptionTable;
  int32_t stacksize = 0;
};

// Resolves labels, removes pseudo-instructions, computes the maximum stack depth by flow
// analysis and derives the exception table. Throws std::logic_error on inconsistent code
// (a compiler bug, never a user error).
AssembledCode assemble(const CodeBuilder& builder);

}  // namespace rw
