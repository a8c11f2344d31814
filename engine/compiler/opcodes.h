// The instruction set, defined once. This table drives the compiler (stack depth), the
// evaluator (its dispatch table), the disassembler (names and argument meanings) and the
// recorder (what each instruction does to frames and objects).
//
// Names follow CPython 3.11/3.12 where the meaning matches. An instruction is one 32-bit word:
// the opcode in the low 8 bits and its argument in the high 24 bits, so no EXTENDED_ARG is
// needed. Jump arguments are absolute instruction indexes.
//
// X(NAME, ARG, POP, PUSH, JPOP, JPUSH, EFFECT)
//   ARG   what the argument means (ArgKind)
//   POP   values popped when execution falls through; an expression of the argument `a`
//   PUSH  values pushed when execution falls through
//   JPOP, JPUSH  the same when the instruction jumps (only for ArgKind::Jump)
//   EFFECT what the recorder learns from it (Effect)
#pragma once

#include <cstdint>
#include <string_view>

namespace rw {

#define RW_OPCODES(X)                                                     \
  X(NOP, None, 0, 0, 0, 0, None)                                          \
  X(RESUME, Resume, 0, 0, 0, 0, None)                                     \
  X(POP_TOP, None, 1, 0, 0, 0, None)                                      \
  X(PUSH_NULL, None, 0, 1, 0, 0, None)                                    \
  X(COPY, Count, a, a + 1, 0, 0, None)                                    \
  X(SWAP, Count, a, a, 0, 0, None)                                        \
  X(LOAD_CONST, Const, 0, 1, 0, 0, None)                                  \
  X(RETURN_VALUE, None, 1, 0, 0, 0, Return)                               \
  X(RETURN_CONST, Const, 0, 0, 0, 0, Return)                              \
  X(LOAD_FAST, Local, 0, 1, 0, 0, None)                                   \
  X(STORE_FAST, Local, 1, 0, 0, 0, WriteLocal)                            \
  X(DELETE_FAST, Local, 0, 0, 0, 0, WriteLocal)                           \
  X(MAKE_CELL, Cell, 0, 0, 0, 0, None)                                    \
  X(COPY_FREE_VARS, Count, 0, 0, 0, 0, None)                              \
  X(LOAD_CLOSURE, Cell, 0, 1, 0, 0, None)                                 \
  X(LOAD_DEREF, Cell, 0, 1, 0, 0, None)                                   \
  X(LOAD_CLASSDEREF, Cell, 0, 1, 0, 0, None)                              \
  X(STORE_DEREF, Cell, 1, 0, 0, 0, WriteCell)                             \
  X(DELETE_DEREF, Cell, 0, 0, 0, 0, WriteCell)                            \
  X(LOAD_NAME, Name, 0, 1, 0, 0, None)                                    \
  X(STORE_NAME, Name, 1, 0, 0, 0, WriteName)                              \
  X(DELETE_NAME, Name, 0, 0, 0, 0, WriteName)                             \
  X(LOAD_GLOBAL, GlobalName, 0, (a & 1) + 1, 0, 0, None)                  \
  X(STORE_GLOBAL, Name, 1, 0, 0, 0, WriteGlobal)                          \
  X(DELETE_GLOBAL, Name, 0, 0, 0, 0, WriteGlobal)                         \
  X(LOAD_ATTR, Name, 1, 1, 0, 0, None)                                    \
  X(LOAD_METHOD, Name, 1, 2, 0, 0, None)                                  \
  X(STORE_ATTR, Name, 2, 0, 0, 0, WriteAttr)                              \
  X(DELETE_ATTR, Name, 1, 0, 0, 0, WriteAttr)                             \
  X(UNARY_NEGATIVE, None, 1, 1, 0, 0, None)                               \
  X(UNARY_POSITIVE, None, 1, 1, 0, 0, None)                               \
  X(UNARY_NOT, None, 1, 1, 0, 0, None)                                    \
  X(UNARY_INVERT, None, 1, 1, 0, 0, None)                                 \
  X(BINARY_OP, BinaryOp, 2, 1, 0, 0, None)                                \
  X(COMPARE_OP, CompareOp, 2, 1, 0, 0, None)                              \
  X(IS_OP, Invert, 2, 1, 0, 0, None)                                      \
  X(CONTAINS_OP, Invert, 2, 1, 0, 0, None)                                \
  X(BINARY_SUBSCR, None, 2, 1, 0, 0, None)                                \
  X(STORE_SUBSCR, None, 3, 0, 0, 0, WriteItem)                            \
  X(DELETE_SUBSCR, None, 2, 0, 0, 0, WriteItem)                           \
  X(BINARY_SLICE, None, 3, 1, 0, 0, None)                                 \
  X(STORE_SLICE, None, 4, 0, 0, 0, WriteItem)                             \
  X(BUILD_SLICE, Count, a, 1, 0, 0, None)                                 \
  X(BUILD_TUPLE, Count, a, 1, 0, 0, None)                                 \
  X(BUILD_LIST, Count, a, 1, 0, 0, None)                                  \
  X(BUILD_SET, Count, a, 1, 0, 0, None)                                   \
  X(BUILD_MAP, Count, 2 * a, 1, 0, 0, None)                               \
  X(BUILD_CONST_KEY_MAP, Count, a + 1, 1, 0, 0, None)                     \
  X(BUILD_STRING, Count, a, 1, 0, 0, None)                                \
  X(LIST_APPEND, Count, 1, 0, 0, 0, WriteItem)                            \
  X(SET_ADD, Count, 1, 0, 0, 0, WriteItem)                                \
  X(MAP_ADD, Count, 2, 0, 0, 0, WriteItem)                                \
  X(LIST_EXTEND, Count, 1, 0, 0, 0, WriteItem)                            \
  X(SET_UPDATE, Count, 1, 0, 0, 0, WriteItem)                             \
  X(DICT_UPDATE, Count, 1, 0, 0, 0, WriteItem)                            \
  X(DICT_MERGE, Count, 1, 0, 0, 0, WriteItem)                             \
  X(LIST_TO_TUPLE, None, 1, 1, 0, 0, None)                                \
  X(UNPACK_SEQUENCE, Count, 1, a, 0, 0, None)                             \
  X(UNPACK_EX, UnpackEx, 1, (a & 0xFF) + (a >> 8) + 1, 0, 0, None)        \
  X(FORMAT_VALUE, Format, 1 + ((a & 4) >> 2), 1, 0, 0, None)              \
  X(JUMP, Jump, 0, 0, 0, 0, None)                                         \
  X(POP_JUMP_IF_FALSE, Jump, 1, 0, 1, 0, None)                            \
  X(POP_JUMP_IF_TRUE, Jump, 1, 0, 1, 0, None)                             \
  X(POP_JUMP_IF_NONE, Jump, 1, 0, 1, 0, None)                             \
  X(POP_JUMP_IF_NOT_NONE, Jump, 1, 0, 1, 0, None)                         \
  X(JUMP_IF_FALSE_OR_POP, Jump, 1, 0, 1, 1, None)                         \
  X(JUMP_IF_TRUE_OR_POP, Jump, 1, 0, 1, 1, None)                          \
  X(GET_ITER, None, 1, 1, 0, 0, None)                                     \
  X(FOR_ITER, Jump, 1, 2, 1, 0, None)                                     \
  X(MAKE_FUNCTION, MakeFunction,                                          \
    1 + (a & 1) + ((a >> 1) & 1) + ((a >> 2) & 1) + ((a >> 3) & 1), 1, 0, \
    0, None)                                                              \
  X(KW_NAMES, Const, 0, 0, 0, 0, None)                                    \
  X(CALL, Count, a + 2, 1, 0, 0, Call)                                    \
  X(CALL_FUNCTION_EX, Flag, 3 + (a & 1), 1, 0, 0, Call)                   \
  X(LOAD_BUILD_CLASS, None, 0, 1, 0, 0, None)                             \
  X(SETUP_ANNOTATIONS, None, 0, 0, 0, 0, WriteName)                       \
  X(RAISE_VARARGS, Count, a, 0, 0, 0, Raise)                              \
  X(RERAISE, Flag, 1 + a, 0, 0, 0, Raise)                                 \
  X(PUSH_EXC_INFO, None, 1, 2, 0, 0, None)                                \
  X(POP_EXCEPT, None, 1, 0, 0, 0, None)                                   \
  X(CHECK_EXC_MATCH, None, 2, 2, 0, 0, None)                              \
  X(CHECK_EG_MATCH, None, 2, 2, 0, 0, None)                               \
  X(PREP_RERAISE_STAR, None, 2, 1, 0, 0, None)                            \
  X(LOAD_ASSERTION_ERROR, None, 0, 1, 0, 0, None)                         \
  X(BEFORE_WITH, None, 1, 2, 0, 0, Call)                                  \
  X(WITH_EXCEPT_START, None, 4, 5, 0, 0, Call)                            \
  X(RETURN_GENERATOR, None, 0, 1, 0, 0, None)                             \
  X(YIELD_VALUE, None, 1, 1, 0, 0, Yield)                                 \
  X(SEND, Jump, 2, 2, 2, 1, Call)                                         \
  X(GET_YIELD_FROM_ITER, None, 1, 1, 0, 0, None)                          \
  X(GET_AWAITABLE, Flag, 1, 1, 0, 0, None)                                \
  X(GET_AITER, None, 1, 1, 0, 0, None)                                    \
  X(GET_ANEXT, None, 1, 2, 0, 0, None)                                    \
  X(END_ASYNC_FOR, None, 2, 0, 0, 0, None)                                \
  X(BEFORE_ASYNC_WITH, None, 1, 2, 0, 0, Call)                            \
  X(ASYNC_GEN_WRAP, None, 1, 1, 0, 0, None)                               \
  X(IMPORT_NAME, Name, 2, 1, 0, 0, Import)                                \
  X(IMPORT_FROM, Name, 1, 2, 0, 0, None)                                  \
  X(IMPORT_STAR, None, 1, 0, 0, 0, WriteName)                             \
  X(GET_LEN, None, 1, 2, 0, 0, None)                                      \
  X(MATCH_MAPPING, None, 1, 2, 0, 0, None)                                \
  X(MATCH_SEQUENCE, None, 1, 2, 0, 0, None)                               \
  X(MATCH_KEYS, None, 2, 3, 0, 0, None)                                   \
  X(MATCH_CLASS, Count, 3, 1, 0, 0, None)                                 \
  X(PRINT_EXPR, None, 1, 0, 0, 0, None)

enum class Opcode : uint8_t {
#define RW_OPCODE_ENUM(name, ...) name,
  RW_OPCODES(RW_OPCODE_ENUM)
#undef RW_OPCODE_ENUM
};

#define RW_OPCODE_COUNT_ONE(...) +1
inline constexpr int kOpcodeCount = 0 RW_OPCODES(RW_OPCODE_COUNT_ONE);
#undef RW_OPCODE_COUNT_ONE

// What an instruction's argument means, for the disassembler.
enum class ArgKind : uint8_t {
  None,
  Resume,        // 0 function start, 1 after yield, 2 after yield from, 3 after await
  Count,         // a plain number
  Const,         // index into co_consts
  Local,         // index into co_varnames
  Cell,          // index into cell and free variables (co_cellvars + co_freevars)
  Name,          // index into co_names
  GlobalName,    // (index into co_names) << 1 | push NULL
  BinaryOp,      // BinaryOp (+13 for the in-place form)
  CompareOp,     // CompareOp
  Invert,        // 1 inverts the test (is not, not in)
  UnpackEx,      // before | after << 8
  Format,        // conversion (0 none, 1 str, 2 repr, 3 ascii) | 4 when a spec is on the stack
  Jump,          // absolute target index
  MakeFunction,  // 1 defaults, 2 kwdefaults, 4 annotations, 8 closure
  Flag,          // a small flag
};

// What the recorder learns from an instruction.
enum class Effect : uint8_t {
  None,
  WriteLocal,
  WriteCell,
  WriteName,
  WriteGlobal,
  WriteAttr,
  WriteItem,
  Call,
  Return,
  Raise,
  Yield,
  Import,
};

struct OpcodeInfo {
  std::string_view name;
  ArgKind arg;
  Effect effect;
};

const OpcodeInfo& opcodeInfo(Opcode op);

// Net stack effect (pushes - pops); `jump` selects the branch-taken effect.
int stackEffect(Opcode op, uint32_t arg, bool jump);
// Values popped and pushed (the value-stack view shows which values an instruction uses).
int stackPops(Opcode op, uint32_t arg, bool jump);
int stackPushes(Opcode op, uint32_t arg, bool jump);

inline bool isJump(Opcode op) { return opcodeInfo(op).arg == ArgKind::Jump; }

// Instruction words.
using Instruction = uint32_t;
inline constexpr Instruction makeInstruction(Opcode op, uint32_t arg) {
  return static_cast<uint32_t>(op) | (arg << 8);
}
inline constexpr Opcode instructionOpcode(Instruction w) { return static_cast<Opcode>(w & 0xFF); }
inline constexpr uint32_t instructionArg(Instruction w) { return w >> 8; }
inline constexpr uint32_t kMaxArg = (1u << 24) - 1;

}  // namespace rw
