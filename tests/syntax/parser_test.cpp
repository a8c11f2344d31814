// Parser behaviour the goldens do not show: robustness on deep nesting, node numbering,
// start rules, literal conversion.
#include <gtest/gtest.h>

#include <string>

#include "syntax/ast.h"
#include "syntax/number_literals.h"
#include "syntax/parser.h"

using namespace rw::syntax;

namespace {

std::string repeat(std::string_view piece, int count) {
  std::string out;
  out.reserve(piece.size() * static_cast<size_t>(count));
  for (int i = 0; i < count; ++i)
    out += piece;
  return out;
}

// The message of the SyntaxError parsing `source` raises ("" when it parses).
std::string errorOf(std::string_view source, ParseMode mode = ParseMode::Exec) {
  try {
    parse(source, "<test>", mode);
  } catch (const SyntaxError& error) {
    return error.info().message;
  }
  return "";
}

// The kind of error parsing `source` raises ("" when it parses).
std::string errorKindOf(std::string_view source) {
  try {
    parse(source, "<test>");
  } catch (const SyntaxError& error) {
    return error.info().kind;
  }
  return "";
}

TEST(ParserNesting, HundredThousandBracketsRaiseSyntaxError) {
  EXPECT_EQ(errorOf(repeat("(", 100000) + repeat(")", 100000)), "too many nested parentheses");
  EXPECT_EQ(errorOf(repeat("[", 100000) + repeat("]", 100000)), "too many nested parentheses");
  EXPECT_EQ(errorOf("x = " + repeat("{1: ", 100000) + "1" + repeat("}", 100000)),
            "too many nested parentheses");
}

// CPython's parser raises a bare MemoryError when its stack overflows.
TEST(ParserNesting, LongOperatorChainsOverflowTheParserStack) {
  EXPECT_EQ(errorKindOf(repeat("-", 10000) + "1"), "MemoryError");
  EXPECT_EQ(errorKindOf(repeat("not ", 10000) + "x"), "MemoryError");
  EXPECT_EQ(errorKindOf(repeat("~+", 10000) + "x"), "MemoryError");
  EXPECT_EQ(errorKindOf(repeat("2 ** ", 10000) + "2"), "MemoryError");
  EXPECT_EQ(errorKindOf(repeat("lambda: ", 10000) + "1"), "MemoryError");
  EXPECT_EQ(errorKindOf(repeat("1 if x else ", 10000) + "1"), "MemoryError");
  EXPECT_EQ(errorKindOf("if x: pass\n" + repeat("elif x: pass\n", 10000)), "MemoryError");
  EXPECT_EQ(errorKindOf("x = " + repeat("(-", 199) + "1" + repeat(")", 199) + repeat("-", 5000)),
            "MemoryError");
}

TEST(ParserNesting, DepthCPythonAcceptsStillParses) {
  EXPECT_EQ(errorOf(repeat("(", 199) + "1" + repeat(")", 199)), "");
  EXPECT_EQ(errorOf(repeat("[", 199) + repeat("]", 199)), "");
  EXPECT_EQ(errorOf(repeat("-", 1000) + "1"), "");
  EXPECT_EQ(errorOf("x = " + repeat("(-", 199) + "1" + repeat(")", 199)), "");
}

TEST(ParserNumbering, PreOrderIdsInFieldOrder) {
  auto module = parse("x = f(a, b=2)\n", "<test>");
  ASSERT_EQ(module->root->id, 0u);
  // Module, Assign, Name x, Call, Name f, Name a, keyword b, Constant 2
  ASSERT_EQ(module->byId.size(), 8u);
  const NodeKind expected[] = {NodeKind::Module,  NodeKind::Assign,  NodeKind::Name,
                               NodeKind::Call,    NodeKind::Name,    NodeKind::Name,
                               NodeKind::Keyword, NodeKind::Constant};
  for (uint32_t i = 0; i < module->byId.size(); ++i) {
    EXPECT_EQ(module->byId[i]->id, i);
    EXPECT_EQ(module->byId[i]->kind, expected[i]) << i;
  }
  EXPECT_EQ(static_cast<Name*>(module->byId[4])->id, "f");
}

TEST(ParserNumbering, ArenaHoldsOnlyTheTree) {
  // Backtracking builds and drops nodes (here while trying `x` as an assignment target).
  auto module = parse("x.y[0](1)\nz = [a for a in b]\nw += 1\n", "<test>");
  EXPECT_EQ(module->arena.nodes().size(), module->byId.size());
}

TEST(ParserStartRules, EvalAndSingle) {
  auto expression = parse("1 + 2\n\n", "<test>", ParseMode::Eval);
  EXPECT_EQ(expression->root->kind, NodeKind::Expression);
  auto interactive = parse("if x:\n  pass\n", "<test>", ParseMode::Single);
  EXPECT_EQ(interactive->root->kind, NodeKind::Interactive);
  EXPECT_EQ(errorOf("x = 1\ny = 2\n", ParseMode::Single),
            "multiple statements found while compiling a single statement");
  EXPECT_EQ(errorOf("x = 1", ParseMode::Eval), "invalid syntax");
}

TEST(ParserErrors, CarryFilenameAndKind) {
  try {
    parse("if x:\npass\n", "student.py");
    FAIL();
  } catch (const SyntaxError& error) {
    EXPECT_EQ(error.info().kind, "IndentationError");
    EXPECT_EQ(error.info().filename, "student.py");
    EXPECT_EQ(error.info().line, 2);
  }
}

TEST(ParserLiterals, IntsOfAnySizeBecomeDecimalText) {
  auto module = parse("x = 0xFFFFFFFFFFFFFFFFFFFFFFFF + 0o777 + 0b1_01 + 1_000 + 0_0\n", "<t>");
  std::vector<std::string> ints;
  for (Node* node : module->byId) {
    if (node->kind == NodeKind::Constant) ints.push_back(static_cast<Constant*>(node)->value.text);
  }
  EXPECT_EQ(ints,
            (std::vector<std::string>{"79228162514264337593543950335", "511", "5", "1000", "0"}));
}

TEST(ParserLiterals, NumberConversion) {
  std::string error;
  auto value = parseNumberLiteral("1e400", error);
  ASSERT_TRUE(value);
  EXPECT_EQ(value->kind, ConstantValue::Kind::Float);
  EXPECT_EQ(reprConstant(*value), "inf");
  value = parseNumberLiteral("2.5J", error);
  ASSERT_TRUE(value);
  EXPECT_EQ(value->kind, ConstantValue::Kind::Complex);
  EXPECT_EQ(value->number, 2.5);
  value = parseNumberLiteral("0000", error);
  ASSERT_TRUE(value);
  EXPECT_EQ(value->text, "0");
  EXPECT_FALSE(parseNumberLiteral(std::string(4301, '7'), error));
  EXPECT_NE(error.find("Exceeds the limit (4300 digits)"), std::string::npos);
}

TEST(ParserLiterals, InvalidUtf8InStringsIsReported) {
  // CPython decodes each run of non-ASCII bytes on its own when the literal has escapes.
  EXPECT_EQ(
      errorOf("x = \"\xff\"\n"),
      "(unicode error) 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte");
  EXPECT_EQ(
      errorOf("x = \"ab\xff\"\n"),
      "(unicode error) 'utf-8' codec can't decode byte 0xff in position 2: invalid start byte");
  EXPECT_EQ(
      errorOf("x = \"ab\\t\xc3\xa9\xff\"\n"),
      "(unicode error) 'utf-8' codec can't decode byte 0xff in position 2: invalid start byte");
  EXPECT_EQ(
      errorOf("x = \"\xe2\x82\"\n"),
      "(unicode error) 'utf-8' codec can't decode bytes in position 0-1: unexpected end of data");
  EXPECT_EQ(errorOf("x = b\"\xff\"\n"), "bytes can only contain ASCII literal characters");
  try {
    parse("x = \"\xff\"\n", "<t>");
    FAIL() << "no error";
  } catch (const SyntaxError& error) {
    EXPECT_EQ(error.info().col, 8);
    EXPECT_EQ(error.info().text, "x = \"\xef\xbf\xbd\"\n");
  }
}

TEST(ParserLiterals, StringsDecoded) {
  auto strings = parse("s = 'caf\\xe9' \"!\"\nb = b'\\x00' b'\\xff'\n", "<t>");
  std::vector<std::string> texts;
  for (Node* node : strings->byId) {
    if (node->kind == NodeKind::Constant) texts.push_back(static_cast<Constant*>(node)->value.text);
  }
  EXPECT_EQ(texts, (std::vector<std::string>{"caf\xc3\xa9!", std::string("\x00\xff", 2)}));
}

}  // namespace
