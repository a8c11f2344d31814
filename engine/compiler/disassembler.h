// Code objects -> readable instructions (seed 6.7-6.9): what each instruction's argument
// means, where it came from in the source, and which instructions are jump targets. The CLI
// (`rewind dis`), the recorder and the GUI's bytecode view all read code through this.
// Everything about an opcode comes from the table in compiler/opcodes.h.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "compiler/opcodes.h"
#include "objects/code.h"

namespace rw {

class Interp;

struct DisassembledInstruction {
  uint32_t offset = 0;  // instruction index, the unit of jump targets and exception ranges
  Opcode opcode = Opcode::NOP;
  std::string_view opname;
  uint32_t arg = 0;
  // What the argument means: a constant's repr, a variable name, "to 12", "+=", ... Empty
  // when the argument is a plain number or the instruction takes none.
  std::string argRepr;
  Location location;
  int32_t line = 0;  // the instruction's own source line, 0 for artificial instructions
  bool isJumpTarget = false;
  int pops = 0;    // values taken from the stack when execution falls through
  int pushes = 0;  // values left on the stack when execution falls through
};

std::vector<DisassembledInstruction> disassemble(Interp& I, const Code* code);

// co_flags as CPython's dis.pretty_flags spells them: "OPTIMIZED, NEWLOCALS, NOFREE", with
// unknown bits in hex and "0x0" for none.
std::string formatCodeFlags(uint32_t flags);

// `rewind dis`: the attributes, instructions and exception table of `code`, then of every
// code object among its constants, depth-first in constant order.
std::string formatDisassembly(Interp& I, const Code* code);

}  // namespace rw
