#include "compiler/opcodes.h"

namespace rw {

namespace {

constexpr OpcodeInfo kInfo[] = {
#define RW_OPCODE_INFO(name, arg, pop, push, jpop, jpush, effect) \
  {#name, ArgKind::arg, Effect::effect},
    RW_OPCODES(RW_OPCODE_INFO)
#undef RW_OPCODE_INFO
};

}  // namespace

const OpcodeInfo& opcodeInfo(Opcode op) { return kInfo[static_cast<int>(op)]; }

int stackPops(Opcode op, uint32_t argument, bool jump) {
  [[maybe_unused]] const int a = static_cast<int>(argument);
  switch (op) {
#define RW_OPCODE_POPS(name, arg, pop, push, jpop, jpush, effect) \
  case Opcode::name:                                              \
    return jump ? (jpop) : (pop);
    RW_OPCODES(RW_OPCODE_POPS)
#undef RW_OPCODE_POPS
  }
  return 0;
}

int stackPushes(Opcode op, uint32_t argument, bool jump) {
  [[maybe_unused]] const int a = static_cast<int>(argument);
  switch (op) {
#define RW_OPCODE_PUSHES(name, arg, pop, push, jpop, jpush, effect) \
  case Opcode::name:                                                \
    return jump ? (jpush) : (push);
    RW_OPCODES(RW_OPCODE_PUSHES)
#undef RW_OPCODE_PUSHES
  }
  return 0;
}

int stackEffect(Opcode op, uint32_t arg, bool jump) {
  return stackPushes(op, arg, jump) - stackPops(op, arg, jump);
}

}  // namespace rw
