// The assembler: the control-flow pass after code generation. It follows every path through
// the instructions to find the stack depth and the active exception handler at each one
// (as CPython's stackdepth() and label_exception_targets() do), then lays the code out
// without pseudo-instructions and compresses handlers into a table of ranges.
#include <algorithm>
#include <stdexcept>
#include <utility>

#include "compiler/code_builder.h"

namespace rw {

uint32_t CodeBuilder::addName(const std::string& name) {
  auto [it, inserted] = nameIndex_.emplace(name, static_cast<uint32_t>(names_.size()));
  if (inserted) names_.push_back(name);
  return it->second;
}

namespace {

bool isPseudo(uint16_t op) { return op >= static_cast<uint16_t>(Pseudo::SetupFinally); }

bool isTerminator(uint16_t op) {
  if (isPseudo(op)) return false;
  switch (static_cast<Opcode>(op)) {
    case Opcode::JUMP:
    case Opcode::RETURN_VALUE:
    case Opcode::RETURN_CONST:
    case Opcode::RAISE_VARARGS:
    case Opcode::RERAISE: return true;
    default: return false;
  }
}

// Handler stacks are shared persistent lists: each node is one protected region.
struct HandlerNode {
  int32_t label;
  int32_t depth;  // stack depth the handler trims to
  bool pushLasti;
  int32_t parent;  // -1 at the bottom
};

struct WorkItem {
  size_t index;
  int32_t depth;
  int32_t handlers;
};

}  // namespace

bool CodeBuilder::lastIsTerminator() const {
  if (code_.empty() || !isTerminator(code_.back().op)) return false;
  // A label bound after the last instruction is a jump past the end: execution goes on there.
  auto end = static_cast<int32_t>(code_.size());
  return std::find(labelPositions_.begin(), labelPositions_.end(), end) == labelPositions_.end();
}

AssembledCode assemble(const CodeBuilder& builder) {
  const auto& code = builder.instructions();
  const auto& labels = builder.labelPositions();
  const size_t n = code.size();

  std::vector<int32_t> depthAt(n, -1);
  std::vector<int32_t> handlerAt(n, -1);
  std::vector<HandlerNode> nodes;
  std::vector<WorkItem> work;
  int32_t maxDepth = 0;

  auto labelIndex = [&](int32_t label) -> size_t {
    if (label < 0 || static_cast<size_t>(label) >= labels.size() || labels[label] < 0)
      throw std::logic_error("assembler: jump to an unbound label");
    return static_cast<size_t>(labels[label]);
  };
  auto schedule = [&](size_t index, int32_t depth, int32_t handlers) {
    if (index >= n) return;
    work.push_back({index, depth, handlers});
  };

  if (n > 0) schedule(0, 0, -1);
  while (!work.empty()) {
    WorkItem item = work.back();
    work.pop_back();
    size_t i = item.index;
    int32_t depth = item.depth;
    int32_t handlers = item.handlers;
    while (i < n) {
      if (depthAt[i] >= 0) {
        if (depthAt[i] != depth)
          throw std::logic_error("assembler: inconsistent stack depth at instruction " +
                                 std::to_string(i));
        break;
      }
      depthAt[i] = depth;
      handlerAt[i] = handlers;
      maxDepth = std::max(maxDepth, depth);
      const IrInstruction& ins = code[i];
      if (isPseudo(ins.op)) {
        auto pseudo = static_cast<Pseudo>(ins.op);
        if (pseudo == Pseudo::PopBlock) {
          if (handlers < 0) throw std::logic_error("assembler: POP_BLOCK without a block");
          handlers = nodes[handlers].parent;
        } else {
          int32_t handlerDepth = pseudo == Pseudo::SetupWith ? depth - 1 : depth;
          bool lasti = pseudo != Pseudo::SetupFinally;
          int32_t targetDepth = handlerDepth + 1 + (lasti ? 1 : 0);
          schedule(labelIndex(ins.target), targetDepth, handlers);
          maxDepth = std::max(maxDepth, targetDepth);
          nodes.push_back({ins.target, handlerDepth, lasti, handlers});
          handlers = static_cast<int32_t>(nodes.size() - 1);
        }
        ++i;
        continue;
      }
      auto op = static_cast<Opcode>(ins.op);
      if (isJump(op)) {
        int32_t jumpDepth = depth + stackEffect(op, ins.arg, true);
        if (jumpDepth < 0) throw std::logic_error("assembler: stack underflow on a jump");
        schedule(labelIndex(ins.target), jumpDepth, handlers);
      }
      if (isTerminator(ins.op)) break;
      depth += stackEffect(op, ins.arg, false);
      if (depth < 0)
        throw std::logic_error("assembler: stack underflow at instruction " + std::to_string(i) +
                               " (" + std::string(opcodeInfo(op).name) + ")");
      ++i;
    }
  }

  // Lay out: real instructions only.
  std::vector<uint32_t> finalIndex(n + 1, 0);
  uint32_t count = 0;
  for (size_t i = 0; i < n; ++i) {
    finalIndex[i] = count;
    if (!isPseudo(code[i].op)) ++count;
  }
  finalIndex[n] = count;
  auto labelFinal = [&](int32_t label) { return finalIndex[labelIndex(label)]; };

  AssembledCode out;
  out.stacksize = maxDepth;
  out.instructions.reserve(count);
  out.locations.reserve(count);
  for (size_t i = 0; i < n; ++i) {
    const IrInstruction& ins = code[i];
    if (isPseudo(ins.op)) continue;
    auto op = static_cast<Opcode>(ins.op);
    uint32_t arg = isJump(op) ? labelFinal(ins.target) : ins.arg;
    if (arg > kMaxArg) throw std::logic_error("assembler: argument too large");
    out.instructions.push_back(makeInstruction(op, arg));
    out.locations.push_back(ins.location);
  }

  // Exception table: consecutive instructions with the same innermost handler form a range.
  for (size_t i = 0; i < n; ++i) {
    if (isPseudo(code[i].op) || handlerAt[i] < 0 || depthAt[i] < 0) continue;
    const HandlerNode& h = nodes[handlerAt[i]];
    uint32_t target = labelFinal(h.label);
    uint32_t at = finalIndex[i];
    if (!out.exceptionTable.empty()) {
      ExceptionEntry& last = out.exceptionTable.back();
      if (last.end == at && last.target == target && last.depth == static_cast<uint32_t>(h.depth) &&
          last.pushLasti == h.pushLasti) {
        last.end = at + 1;
        continue;
      }
    }
    out.exceptionTable.push_back(
        ExceptionEntry{at, at + 1, target, static_cast<uint32_t>(h.depth), h.pushLasti});
  }
  return out;
}

}  // namespace rw
