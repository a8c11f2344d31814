// Deeply nested source through the whole front end (tokenizer, parser, symbol table,
// compiler): each must end in the error CPython 3.11 raises for it (checked with python3's
// compile()), never in a C++ stack overflow. The nesting is far beyond every limit, so the
// exact depth at which a limit bites does not matter.
#include <gtest/gtest.h>

#include <string>

#include "capturing_host.h"
#include "front_end_pipeline.h"
#include "runtime/interp.h"

namespace {

const std::string kTooManyParentheses = "SyntaxError: too many nested parentheses";
const std::string kParserStackOverflow = "MemoryError";
const std::string kCompilerTooDeep =
    "RecursionError: maximum recursion depth exceeded during compilation";
const std::string kTooManyIndents = "IndentationError: too many levels of indentation";

std::string repeat(const std::string& text, int times) {
  std::string out;
  out.reserve(text.size() * times);
  for (int i = 0; i < times; ++i)
    out += text;
  return out;
}

class DeepNesting : public ::testing::Test {
 protected:
  // The outcome of compiling `source` as a module.
  std::string exec(const std::string& source) {
    return rw::fuzz::compileOutcome(interp_, source, rw::syntax::ParseMode::Exec);
  }
  // The outcome of compiling `source` as an expression.
  std::string eval(const std::string& source) {
    return rw::fuzz::compileOutcome(interp_, source, rw::syntax::ParseMode::Eval);
  }

 private:
  rw::testing::CapturingHost host_;
  rw::Interp interp_{host_};
};

TEST_F(DeepNesting, BracketsStopAtTheTokenizersLimit) {
  EXPECT_EQ(exec(repeat("(", 100000)), kTooManyParentheses);
  EXPECT_EQ(exec(repeat("[", 100000)), kTooManyParentheses);
  EXPECT_EQ(exec(repeat("{", 100000)), kTooManyParentheses);
  EXPECT_EQ(exec(repeat("[x for x in ", 100000) + "y" + repeat("]", 100000)), kTooManyParentheses);
  EXPECT_EQ(eval(repeat("(", 100000) + "1" + repeat(")", 100000)), kTooManyParentheses);
  EXPECT_EQ(rw::fuzz::tokenizeOutcome(repeat("(", 100000), rw::syntax::TokenizeMode::Parse),
            kTooManyParentheses);
}

TEST_F(DeepNesting, RightRecursiveChainsOverflowTheParserStack) {
  EXPECT_EQ(exec(repeat("not ", 100000) + "x"), kParserStackOverflow);
  EXPECT_EQ(exec(repeat("-", 100000) + "x"), kParserStackOverflow);
  EXPECT_EQ(exec(repeat("x ** ", 100000) + "1"), kParserStackOverflow);
  EXPECT_EQ(exec(repeat("lambda: ", 100000) + "0"), kParserStackOverflow);
  EXPECT_EQ(exec(repeat("a if b else ", 100000) + "c"), kParserStackOverflow);
  EXPECT_EQ(eval(repeat("not ", 100000) + "x"), kParserStackOverflow);
  EXPECT_EQ(exec("if a: pass\n" + repeat("elif b: pass\n", 100000)), kParserStackOverflow);
}

TEST_F(DeepNesting, LeftRecursiveChainsExceedTheCompilersLimit) {
  EXPECT_EQ(exec("x" + repeat(".y", 100000)), kCompilerTooDeep);
  EXPECT_EQ(exec("x" + repeat("()", 100000)), kCompilerTooDeep);
  EXPECT_EQ(exec("x" + repeat("[0]", 100000)), kCompilerTooDeep);
  EXPECT_EQ(exec(repeat("1 + ", 100000) + "1"), kCompilerTooDeep);
  EXPECT_EQ(eval(repeat("1 + ", 100000) + "1"), kCompilerTooDeep);
  EXPECT_EQ(exec("if a: pass\n" + repeat("elif b: pass\n", 3000)), kCompilerTooDeep);
}

TEST_F(DeepNesting, IndentedBlocksStopAtOneHundredLevels) {
  std::string ifs;
  for (int level = 0; level < 1000; ++level)
    ifs += std::string(level, ' ') + "if x:\n";
  EXPECT_EQ(exec(ifs + std::string(1000, ' ') + "pass\n"), kTooManyIndents);

  std::string defs;
  for (int level = 0; level < 1000; ++level)
    defs += std::string(level, ' ') + "def f():\n";
  EXPECT_EQ(exec(defs + std::string(1000, ' ') + "pass\n"), kTooManyIndents);
}

// In 3.11 an f-string ends at its own quote, so f"{f"{... alternates strings and braces; only
// the four kinds of quotes nest, and format specs nest twice at most.
TEST_F(DeepNesting, NestedFStringsStopAtTheirLimits) {
  EXPECT_EQ(exec(repeat("f\"{", 100000) + "x" + repeat("}\"", 100000)), kTooManyParentheses);
  EXPECT_EQ(exec("f'{x:{y:{z}}}'"), "SyntaxError: f-string: expressions nested too deeply");
  EXPECT_EQ(exec(R"(f'''{f"""{f'{f"{x}"}'}"""}''')"), "ok");
}

TEST_F(DeepNesting, DepthCPythonAcceptsStillCompiles) {
  EXPECT_EQ(exec(repeat("(", 199) + "1" + repeat(")", 199)), "ok");
  EXPECT_EQ(exec(repeat("lambda: (", 150) + "0" + repeat(")", 150)), "ok");
  EXPECT_EQ(exec(repeat("-", 1000) + "x"), "ok");
  EXPECT_EQ(exec(repeat("1 + ", 1000) + "1"), "ok");
  EXPECT_EQ(exec("if a: pass\n" + repeat("elif b: pass\n", 1000)), "ok");
  std::string ifs;
  for (int level = 0; level < 99; ++level)
    ifs += std::string(level, ' ') + "if x:\n";
  EXPECT_EQ(exec(ifs + std::string(99, ' ') + "pass\n"), "ok");
}

// Each bracket tries several display rules over the same inside; without memoizing the
// bracketed atom, nesting cost exponential time, worst in a later dict key of the error pass
// (the fuzzer's timeout: 80 nested '{'). These finish at once with CPython's errors.
TEST_F(DeepNesting, NestedBracketsParseInLinearTime) {
  EXPECT_EQ(exec("data = {\"a\": 1, \"b\"or " + repeat("{", 80) + " \"two\", \"c\": 3.5, \"((c if d\n"),
            "SyntaxError: unterminated string literal (detected at line 1)");
  EXPECT_EQ(exec("d = {1: 2, 3 or " + repeat("(", 60) + "x 4" + repeat(")", 60) + ": 5}\n"),
            "SyntaxError: ':' expected after dictionary key");
  EXPECT_EQ(exec("d = {1: 2, 3 or " + repeat("[", 60) + "x 4" + repeat("]", 60) + ": 5}\n"),
            "SyntaxError: ':' expected after dictionary key");
  EXPECT_EQ(exec("x = " + repeat("{", 60) + "1" + repeat("}", 60) + "\n"), "ok");
  EXPECT_EQ(exec("x = " + repeat("(", 60) + "1" + repeat(")", 60) + "\n"), "ok");
}

}  // namespace
