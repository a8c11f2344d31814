#include "compiler/disassembler.h"

#include <cstdio>

#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/interp.h"
#include "runtime/protocols.h"
#include "syntax/ast.h"

namespace rw {

namespace {

// Constants are ordinary values, but a repr can still fail (an int past the digit limit):
// the listing then says why instead of stopping.
std::string constantRepr(Interp& I, Value v) {
  try {
    return reprString(I, v);
  } catch (PyException&) {
    Ref exception = Ref::steal(I.takePendingException());
    std::string why;
    try {
      why = strString(I, exception.get());
    } catch (PyException&) {
      decref(I.takePendingException());
    }
    return "<" + std::string(typeName(I, v)) + " constant, repr() failed: " + why + ">";
  }
}

std::string tupleItemText(const Tuple* tuple, uint32_t index) {
  if (!tuple || index >= tuple->size) return "<index " + std::to_string(index) + " out of range>";
  return std::string(strView(tuple->item(index)));
}

std::string cellName(const Code* code, uint32_t index) {
  uint32_t cells = static_cast<uint32_t>(code->ncells());
  return index < cells ? tupleItemText(code->cellvars, index)
                       : tupleItemText(code->freevars, index - cells);
}

// In CPython's order of comparison operators (dis.cmp_op), which CompareOp follows.
constexpr std::string_view kCompareSymbols[] = {"<", "<=", "==", "!=", ">", ">="};

std::string binaryOpSymbol(uint32_t arg) {
  // BINARY_OP's argument is ast::Operator's value, plus 13 for the augmented form.
  constexpr uint32_t kOperators = 13;
  if (arg >= 2 * kOperators) return "<unknown operator " + std::to_string(arg) + ">";
  std::string symbol(syntax::symbol(static_cast<syntax::Operator>(arg % kOperators)));
  return arg >= kOperators ? symbol + "=" : symbol;
}

std::string joinFlagNames(uint32_t flags, std::initializer_list<std::string_view> names) {
  std::string out;
  uint32_t bit = 1;
  for (std::string_view name : names) {
    if (flags & bit) out += std::string(out.empty() ? "" : ", ") + std::string(name);
    bit <<= 1;
  }
  return out;
}

std::string argumentMeaning(Interp& I, const Code* code, Opcode op, uint32_t arg) {
  switch (opcodeInfo(op).arg) {
    case ArgKind::None:
    case ArgKind::Count:
    case ArgKind::Flag:
      return "";
    case ArgKind::Resume: {
      constexpr std::string_view kinds[] = {"start", "after yield", "after yield from",
                                            "after await"};
      return arg < std::size(kinds) ? std::string(kinds[arg]) : "";
    }
    case ArgKind::Const:
      if (!code->consts || arg >= code->consts->size)
        return "<index " + std::to_string(arg) + " out of range>";
      return constantRepr(I, code->consts->item(arg));
    case ArgKind::Local:
      return tupleItemText(code->varnames, arg);
    case ArgKind::Cell:
      return cellName(code, arg);
    case ArgKind::Name:
      return tupleItemText(code->names, arg);
    case ArgKind::GlobalName: {
      std::string name = tupleItemText(code->names, arg >> 1);
      return (arg & 1) ? "NULL + " + name : name;
    }
    case ArgKind::BinaryOp:
      return binaryOpSymbol(arg);
    case ArgKind::CompareOp:
      return arg < std::size(kCompareSymbols) ? std::string(kCompareSymbols[arg])
                                              : "<unknown comparison " + std::to_string(arg) + ">";
    case ArgKind::Invert:
      if (op == Opcode::IS_OP) return arg ? "is not" : "is";
      return arg ? "not in" : "in";
    case ArgKind::UnpackEx:
      return std::to_string(arg & 0xFF) + " before, " + std::to_string(arg >> 8) + " after";
    case ArgKind::Format: {
      constexpr std::string_view conversions[] = {"", "str", "repr", "ascii"};
      std::string text(conversions[arg & 3]);
      if (arg & 4) text += text.empty() ? "with format" : ", with format";
      return text;
    }
    case ArgKind::Jump:
      return "to " + std::to_string(arg);
    case ArgKind::MakeFunction:
      return joinFlagNames(arg, {"defaults", "kwdefaults", "annotations", "closure"});
  }
  return "";
}

void appendNumbered(const char* label, const std::vector<std::string>& items, std::string& out) {
  out += label;
  if (items.empty()) {
    out += " (none)\n";
    return;
  }
  out += "\n";
  char number[32];
  for (size_t i = 0; i < items.size(); ++i) {
    std::snprintf(number, sizeof number, "%6zu: ", i);
    out += number + items[i] + "\n";
  }
}

std::vector<std::string> tupleNames(const Tuple* tuple) {
  std::vector<std::string> names;
  if (!tuple) return names;
  for (int64_t i = 0; i < tuple->size; ++i)
    names.emplace_back(strView(tuple->item(i)));
  return names;
}

void appendField(std::string_view label, const std::string& value, std::string& out) {
  std::string line = "  " + std::string(label) + ":";
  line.resize(std::max<size_t>(line.size() + 1, 22), ' ');
  out += line + value + "\n";
}

void appendAttributes(Interp& I, const Code* code, std::string& out) {
  appendField("co_name", std::string(code->name->view()), out);
  appendField("co_qualname", std::string(code->qualname->view()), out);
  appendField("co_filename", std::string(code->filename->view()), out);
  appendField("co_firstlineno", std::to_string(code->firstlineno), out);
  appendField("co_argcount", std::to_string(code->argcount), out);
  appendField("co_posonlyargcount", std::to_string(code->posonlyargcount), out);
  appendField("co_kwonlyargcount", std::to_string(code->kwonlyargcount), out);
  appendField("co_nlocals", std::to_string(code->nlocals()), out);
  appendField("co_stacksize", std::to_string(code->stacksize), out);
  char hex[16];
  std::snprintf(hex, sizeof hex, "0x%x", code->flags);
  std::string flags = hex;
  if (code->flags) flags += " (" + formatCodeFlags(code->flags) + ")";
  appendField("co_flags", flags, out);
  std::vector<std::string> consts;
  for (int64_t i = 0; code->consts && i < code->consts->size; ++i)
    consts.push_back(constantRepr(I, code->consts->item(i)));
  appendNumbered("  co_consts:", consts, out);
  appendNumbered("  co_names:", tupleNames(code->names), out);
  appendNumbered("  co_varnames:", tupleNames(code->varnames), out);
  appendNumbered("  co_cellvars:", tupleNames(code->cellvars), out);
  appendNumbered("  co_freevars:", tupleNames(code->freevars), out);
}

void appendInstructions(Interp& I, const Code* code, std::string& out) {
  out += "  Disassembly:\n";
  int32_t lastLine = 0;
  char text[64];
  for (const DisassembledInstruction& ins : disassemble(I, code)) {
    bool newLine = ins.line > 0 && ins.line != lastLine;
    if (newLine && lastLine != 0) out += "\n";
    if (newLine) {
      std::snprintf(text, sizeof text, "%6d", ins.line);
      lastLine = ins.line;
    } else {
      std::snprintf(text, sizeof text, "%6s", "");
    }
    out += text;
    out += ins.isJumpTarget ? "  >>" : "    ";
    std::snprintf(text, sizeof text, "%6u ", ins.offset);
    out += text;
    std::string line(ins.opname);
    if (opcodeInfo(ins.opcode).arg != ArgKind::None) {
      line.resize(std::max<size_t>(line.size(), 20), ' ');  // dis pads names to 20
      line += ' ';
      std::snprintf(text, sizeof text, "%5u", ins.arg);
      line += text;
      if (!ins.argRepr.empty()) line += " (" + ins.argRepr + ")";
    }
    out += line + "\n";
  }
}

void appendExceptionTable(const Code* code, std::string& out) {
  if (code->exceptionTable.empty()) return;
  out += "  Exception table:\n";
  for (const ExceptionEntry& e : code->exceptionTable) {
    out += "    " + std::to_string(e.start) + " to " + std::to_string(e.end) + " -> " +
           std::to_string(e.target) + " [" + std::to_string(e.depth) + "]" +
           (e.pushLasti ? " lasti" : "") + "\n";
  }
}

void appendCode(Interp& I, const Code* code, std::string& out) {
  if (!out.empty()) out += "\n";
  out += "Code object " + std::string(code->qualname->view()) + " (\"" +
         std::string(code->filename->view()) + "\", line " + std::to_string(code->firstlineno) +
         ")\n";
  appendAttributes(I, code, out);
  appendInstructions(I, code, out);
  appendExceptionTable(code, out);
  for (int64_t i = 0; code->consts && i < code->consts->size; ++i) {
    Value constant = code->consts->item(i);
    if (isType(I, constant, I.types.code))
      appendCode(I, static_cast<const Code*>(constant.asObject()), out);
  }
}

}  // namespace

std::vector<DisassembledInstruction> disassemble(Interp& I, const Code* code) {
  std::vector<DisassembledInstruction> result;
  result.reserve(code->instructions.size());
  std::vector<bool> targets(code->instructions.size(), false);
  auto markTarget = [&](uint32_t target) {
    if (target < targets.size()) targets[target] = true;
  };
  for (Instruction word : code->instructions)
    if (isJump(instructionOpcode(word))) markTarget(instructionArg(word));
  for (const ExceptionEntry& e : code->exceptionTable)
    markTarget(e.target);

  for (uint32_t i = 0; i < code->instructions.size(); ++i) {
    Instruction word = code->instructions[i];
    DisassembledInstruction ins;
    ins.offset = i;
    ins.opcode = instructionOpcode(word);
    ins.opname = opcodeInfo(ins.opcode).name;
    ins.arg = instructionArg(word);
    ins.argRepr = argumentMeaning(I, code, ins.opcode, ins.arg);
    if (i < code->locations.size()) ins.location = code->locations[i];
    ins.line = ins.location.line;
    ins.isJumpTarget = targets[i];
    ins.pops = stackPops(ins.opcode, ins.arg, false);
    ins.pushes = stackPushes(ins.opcode, ins.arg, false);
    result.push_back(std::move(ins));
  }
  return result;
}

std::string formatCodeFlags(uint32_t flags) {
  // dis.COMPILER_FLAG_NAMES, bit by bit from 0x1.
  std::string names = joinFlagNames(
      flags, {"OPTIMIZED", "NEWLOCALS", "VARARGS", "VARKEYWORDS", "NESTED", "GENERATOR", "NOFREE",
              "COROUTINE", "ITERABLE_COROUTINE", "ASYNC_GENERATOR"});
  constexpr uint32_t kKnown = (1u << 10) - 1;
  if (uint32_t rest = flags & ~kKnown) {
    char hex[16];
    std::snprintf(hex, sizeof hex, "0x%x", rest);
    names += std::string(names.empty() ? "" : ", ") + hex;
  }
  return names.empty() ? "0x0" : names;
}

std::string formatDisassembly(Interp& I, const Code* code) {
  std::string out;
  appendCode(I, code, out);
  return out;
}

}  // namespace rw
