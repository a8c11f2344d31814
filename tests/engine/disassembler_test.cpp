// The disassembler: code attributes against CPython's (tests/golden/dis/NAME.code from
// tools/make_cli_goldens.py), the meaning it gives each kind of argument, and the fields the
// recorder and the GUI read.
#include <gtest/gtest.h>

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "capturing_host.h"
#include "code_walk.h"
#include "compiler/disassembler.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "test_files.h"

namespace fs = std::filesystem;
using rw::ArgKind;
using rw::Code;
using rw::DisassembledInstruction;
using rw::Opcode;
using rw::testing::filesWithExtension;
using rw::testing::readFile;
using rw::testing::splitLines;

namespace {

const fs::path kGolden = fs::path(REWIND_SOURCE_DIR) / "tests" / "golden";

class DisassemblerTest : public ::testing::Test {
 protected:
  rw::Ref compile(const std::string& source, const std::string& filename = "test.py") {
    return rw::Ref::steal(rw::Value(rw::compileSource(interp, source, filename, 1)));
  }
  std::string repr(rw::Value v) { return rw::reprString(interp, v); }

  // The line tools/make_cli_goldens.py writes for a code object.
  std::string attributeLine(const Code* code) {
    return std::string(code->qualname->view()) + " argcount=" + std::to_string(code->argcount) +
           " posonlyargcount=" + std::to_string(code->posonlyargcount) +
           " kwonlyargcount=" + std::to_string(code->kwonlyargcount) +
           " varnames=" + repr(rw::Value(code->varnames)) +
           " names=" + repr(rw::Value(code->names)) +
           " freevars=" + repr(rw::Value(code->freevars)) +
           " cellvars=" + repr(rw::Value(code->cellvars));
  }

  // The instructions named `opname` in the code object with qualified name `qualname`.
  std::vector<DisassembledInstruction> find(const Code* module, const std::string& qualname,
                                            std::string_view opname) {
    std::vector<DisassembledInstruction> found;
    rw::testing::forEachCode(interp, module, [&](const Code* code) {
      if (code->qualname->view() != qualname) return;
      for (auto& ins : rw::disassemble(interp, code))
        if (ins.opname == opname) found.push_back(ins);
    });
    return found;
  }

  std::vector<std::string> meanings(const Code* module, const std::string& qualname,
                                    std::string_view opname) {
    std::vector<std::string> out;
    for (const auto& ins : find(module, qualname, opname))
      out.push_back(ins.argRepr);
    return out;
  }

  rw::testing::CapturingHost host;
  rw::Interp interp{host};
};

TEST_F(DisassemblerTest, CodeAttributesMatchCPython) {
  auto programs = filesWithExtension(kGolden / "dis", ".py");
  ASSERT_FALSE(programs.empty());
  for (const fs::path& program : programs) {
    fs::path golden = program;
    golden.replace_extension(".code");
    auto expected = splitLines(readFile(golden));
    ASSERT_GE(expected.size(), 30u) << golden;
    rw::Ref module = compile(readFile(program), program.filename().string());
    std::vector<std::string> actual;
    rw::testing::forEachCode(interp, module.as<Code>(),
                             [&](const Code* code) { actual.push_back(attributeLine(code)); });
    ASSERT_EQ(actual.size(), expected.size()) << program;
    for (size_t i = 0; i < actual.size(); ++i)
      EXPECT_EQ(actual[i], expected[i]) << program;
  }
}

// Whether `rewind dis` must say what an argument means: always, except for plain numbers and
// flags, and for the empty cases CPython's dis leaves blank too.
bool needsMeaning(ArgKind kind, uint32_t arg) {
  switch (kind) {
    case ArgKind::None:
    case ArgKind::Count:
    case ArgKind::Flag:
      return false;
    case ArgKind::Format:
    case ArgKind::MakeFunction:
      return arg != 0;
    default:
      return true;
  }
}

std::string itemText(const rw::Tuple* tuple, uint32_t index) {
  return index < tuple->size ? std::string(rw::strView(tuple->item(index))) : "?";
}

// The meaning an argument must have when it names something in the code object.
std::optional<std::string> expectedMeaning(rw::Interp& I, const Code* code, ArgKind kind,
                                           uint32_t arg) {
  auto cells = static_cast<uint32_t>(code->ncells());
  switch (kind) {
    case ArgKind::Const:
      return rw::reprString(I, code->consts->item(arg));
    case ArgKind::Local:
      return itemText(code->varnames, arg);
    case ArgKind::Name:
      return itemText(code->names, arg);
    case ArgKind::GlobalName:
      return ((arg & 1) ? "NULL + " : "") + itemText(code->names, arg >> 1);
    case ArgKind::Cell:
      return arg < cells ? itemText(code->cellvars, arg) : itemText(code->freevars, arg - cells);
    case ArgKind::Jump:
      return "to " + std::to_string(arg);
    default:
      return std::nullopt;
  }
}

void expectConsistent(rw::Interp& I, const Code* code, const std::string& where) {
  auto instructions = rw::disassemble(I, code);
  ASSERT_EQ(instructions.size(), code->instructions.size()) << where;
  std::vector<bool> targets(instructions.size(), false);
  auto markTarget = [&](uint32_t target) {
    ASSERT_LT(target, targets.size()) << where << " " << code->qualname->view();
    targets[target] = true;
  };
  for (const auto& ins : instructions)
    if (rw::isJump(ins.opcode)) markTarget(ins.arg);
  for (const auto& entry : code->exceptionTable)
    markTarget(entry.target);
  for (size_t i = 0; i < instructions.size(); ++i) {
    const DisassembledInstruction& ins = instructions[i];
    std::string at = where + " " + std::string(code->qualname->view()) + " @" + std::to_string(i) +
                     " " + std::string(ins.opname);
    const rw::OpcodeInfo& info = rw::opcodeInfo(ins.opcode);
    EXPECT_EQ(ins.offset, i) << at;
    EXPECT_EQ(ins.opname, info.name) << at;
    EXPECT_EQ(ins.arg, rw::instructionArg(code->instructions[i])) << at;
    if (auto expected = expectedMeaning(I, code, info.arg, ins.arg)) {
      EXPECT_EQ(ins.argRepr, *expected) << at;
    } else {
      EXPECT_EQ(ins.argRepr.empty(), !needsMeaning(info.arg, ins.arg)) << at;
    }
    EXPECT_EQ(ins.isJumpTarget, targets[i]) << at;
    EXPECT_EQ(ins.line, code->locations[i].line) << at;
    EXPECT_EQ(ins.location.node, code->locations[i].node) << at;
    EXPECT_EQ(ins.pops, rw::stackPops(ins.opcode, ins.arg, false)) << at;
    EXPECT_EQ(ins.pushes, rw::stackPushes(ins.opcode, ins.arg, false)) << at;
  }
}

TEST_F(DisassemblerTest, EveryInstructionOfTheGoldenProgramsIsExplained) {
  std::vector<fs::path> programs = filesWithExtension(kGolden / "dis", ".py");
  for (const auto& program : filesWithExtension(kGolden / "ast" / "programs", ".py"))
    programs.push_back(program);
  int compiled = 0;
  for (const fs::path& program : programs) {
    rw::Ref module;
    try {
      module = compile(readFile(program), program.filename().string());
    } catch (const rw::syntax::SyntaxError&) {
      continue;  // CompileGoldens checks which programs compile
    }
    ++compiled;
    rw::testing::forEachCode(interp, module.as<Code>(), [&](const Code* code) {
      expectConsistent(interp, code, program.filename().string());
    });
  }
  EXPECT_GE(compiled, 50);
}

TEST_F(DisassemblerTest, ArgumentMeanings) {
  rw::Ref module = compile(
      "def f(a, b=1, *, c, d=3):\n"
      "    x = a + b\n"
      "    x += 2\n"
      "    print(x is not None, a not in b, a in b, a is b, a < b, a >= b)\n"
      "    first, *rest, last = a\n"
      "    def g(k=x):\n"
      "        return x\n"
      "    return f'{a!r:>{b}}{b!s}{c}{x:3}'\n");
  const Code* code = module.as<Code>();
  EXPECT_EQ(meanings(code, "<module>", "RESUME"), std::vector<std::string>{"start"});
  EXPECT_EQ(meanings(code, "<module>", "MAKE_FUNCTION"),
            (std::vector<std::string>{"defaults, kwdefaults"}));
  EXPECT_EQ(meanings(code, "f", "MAKE_FUNCTION"), (std::vector<std::string>{"defaults, closure"}));
  EXPECT_EQ(meanings(code, "f", "BINARY_OP"), (std::vector<std::string>{"+", "+="}));
  EXPECT_EQ(meanings(code, "f", "LOAD_GLOBAL"), std::vector<std::string>{"NULL + print"});
  EXPECT_EQ(meanings(code, "f", "IS_OP"), (std::vector<std::string>{"is not", "is"}));
  EXPECT_EQ(meanings(code, "f", "CONTAINS_OP"), (std::vector<std::string>{"not in", "in"}));
  EXPECT_EQ(meanings(code, "f", "COMPARE_OP"), (std::vector<std::string>{"<", ">="}));
  EXPECT_EQ(meanings(code, "f", "UNPACK_EX"), std::vector<std::string>{"1 before, 1 after"});
  EXPECT_EQ(meanings(code, "f", "FORMAT_VALUE"),
            (std::vector<std::string>{"", "repr, with format", "str", "", "with format"}));
  EXPECT_EQ(meanings(code, "f", "STORE_DEREF"), (std::vector<std::string>{"x", "x"}));
  EXPECT_EQ(meanings(code, "f.<locals>.g", "LOAD_DEREF"), std::vector<std::string>{"x"});
  auto loads = meanings(code, "f", "LOAD_FAST");
  ASSERT_FALSE(loads.empty());
  EXPECT_EQ(loads[0], "a");
  bool codeConstant = false;
  for (const std::string& meaning : meanings(code, "<module>", "LOAD_CONST"))
    codeConstant = codeConstant || meaning.starts_with("<code object f at 0x");
  EXPECT_TRUE(codeConstant);
}

TEST_F(DisassemblerTest, JumpTargetsAndHandlersAreMarked) {
  rw::Ref module = compile(
      "def f(n):\n"
      "    while n:\n"
      "        n -= 1\n"
      "    try:\n"
      "        n = 1 / n\n"
      "    except ZeroDivisionError:\n"
      "        n = 0\n"
      "    return n\n");
  const Code* f = nullptr;
  rw::testing::forEachCode(interp, module.as<Code>(), [&](const Code* code) {
    if (code->name->view() == "f") f = code;
  });
  ASSERT_NE(f, nullptr);
  ASSERT_FALSE(f->exceptionTable.empty());
  auto instructions = rw::disassemble(interp, f);
  EXPECT_TRUE(instructions.at(f->exceptionTable[0].target).isJumpTarget);
  int targets = 0;
  for (const auto& ins : instructions)
    targets += ins.isJumpTarget;
  EXPECT_GE(targets, 2);
  std::string listing = rw::formatDisassembly(interp, f);
  EXPECT_NE(listing.find("  Exception table:\n"), std::string::npos) << listing;
  EXPECT_NE(listing.find(">>"), std::string::npos) << listing;
}

TEST(CodeFlags, NamedLikeDis) {
  EXPECT_EQ(rw::formatCodeFlags(0), "0x0");
  EXPECT_EQ(rw::formatCodeFlags(rw::kCoOptimized | rw::kCoNewLocals | rw::kCoNested),
            "OPTIMIZED, NEWLOCALS, NESTED");
  EXPECT_EQ(rw::formatCodeFlags(rw::kCoGenerator | rw::kCoNoFree), "GENERATOR, NOFREE");
  EXPECT_EQ(rw::formatCodeFlags(rw::kCoAsyncGenerator | 0x1000), "ASYNC_GENERATOR, 0x1000");
}

}  // namespace
