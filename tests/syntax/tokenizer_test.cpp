// The tokenizer against CPython 3.11: Display mode against `python3 -m tokenize`, Parse mode
// against the C tokenizer's tokens and compile()'s SyntaxErrors. The goldens are made by
// tools/make_token_goldens.py.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "support/repr.h"
#include "syntax/tokenizer.h"

namespace fs = std::filesystem;
using rw::syntax::SyntaxError;
using rw::syntax::SyntaxErrorInfo;
using rw::syntax::Token;
using rw::syntax::TokenizeErrorTiming;
using rw::syntax::TokenizeMode;
using rw::syntax::TokenType;

namespace {

const fs::path kGolden = fs::path(REWIND_SOURCE_DIR) / "tests" / "golden" / "tokens";
const fs::path kSeed = fs::path(REWIND_SHARED_DIR) / "seed" / "examples";

std::string readFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

std::vector<fs::path> filesWithExtension(const fs::path& folder, const std::string& extension) {
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(folder)) {
    if (entry.path().extension() == extension) files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

// What `python3 -m tokenize` prints on stdout and stderr for this file.
void expectDisplayGolden(const fs::path& input, const fs::path& goldenStem) {
  auto result = rw::syntax::tokenizeUntilError(readFile(input), TokenizeMode::Display,
                                               input.filename().string());
  fs::path stderrGolden = goldenStem;
  stderrGolden += ".stderr";
  fs::path stdoutGolden = goldenStem;
  stdoutGolden += ".tokens";
  if (fs::exists(stderrGolden)) {
    ASSERT_TRUE(result.error.has_value()) << input;
    EXPECT_EQ(rw::syntax::formatTokenizeError(*result.error), readFile(stderrGolden)) << input;
    EXPECT_EQ(readFile(stdoutGolden), "") << input;
  } else {
    ASSERT_FALSE(result.error.has_value()) << input << ": " << result.error->message;
    EXPECT_EQ(rw::syntax::formatTokens(result.tokens), readFile(stdoutGolden)) << input;
  }
}

// The C tokenizer's tokens as tools/make_token_goldens.py writes them.
std::string formatParseTokens(const std::vector<Token>& tokens) {
  std::string out;
  char positions[64];
  for (const Token& token : tokens) {
    if (token.type == TokenType::ENDMARKER) continue;
    bool noColumn = token.type == TokenType::INDENT || token.type == TokenType::DEDENT;
    std::snprintf(positions, sizeof positions, " %d,%d-%d,%d ", token.start.line,
                  noColumn ? -1 : token.start.byteCol, token.end.line,
                  noColumn ? -1 : token.end.byteCol);
    std::string_view name = rw::syntax::tokenTypeName(token.type);
    out.append(name).append(positions).append(rw::support::reprString(token.text)) += '\n';
  }
  return out;
}

// A SyntaxError's fields as tools/make_token_goldens.py writes them.
std::string formatCompileError(const SyntaxErrorInfo& error) {
  auto number = [](int value) { return std::to_string(value) + "\n"; };
  std::string out = error.kind + "\n" + rw::support::reprString(error.message) + "\n";
  if (error.line == 0 && error.col == 0) return out + "None\nNone\nNone\nNone\nNone\n";
  if (error.line == 0) return out + "0\n" + number(error.col) + "None\nNone\nNone\n";
  return out + number(error.line) + number(error.col) + number(error.endLine) +
         number(error.endCol) + rw::support::reprString(error.text) + "\n";
}

TEST(TokenizerDisplay, MatchesTokenizeModuleOnGoldenInputs) {
  auto inputs = filesWithExtension(kGolden / "display", ".py");
  ASSERT_GE(inputs.size(), 40u);
  for (const auto& input : inputs) {
    expectDisplayGolden(input, kGolden / "display" / input.stem());
  }
}

TEST(TokenizerDisplay, MatchesTokenizeModuleOnSeedExamples) {
  auto inputs = filesWithExtension(kSeed, ".py");
  ASSERT_FALSE(inputs.empty()) << kSeed;
  for (const auto& input : inputs) {
    expectDisplayGolden(input, kGolden / "seed" / input.stem());
  }
}

TEST(TokenizerParse, MatchesCTokenizerTokens) {
  auto goldens = filesWithExtension(kGolden / "parse", ".tokens");
  ASSERT_GE(goldens.size(), 40u);
  for (const auto& golden : goldens) {
    fs::path input = kGolden / "display" / golden.stem();
    input += ".py";
    if (!fs::exists(input)) input = kSeed / (golden.stem().string() + ".py");
    auto result = rw::syntax::tokenizeUntilError(readFile(input), TokenizeMode::Parse, "golden.py");
    ASSERT_FALSE(result.error.has_value()) << input << ": " << result.error->message;
    ASSERT_FALSE(result.tokens.empty());
    EXPECT_EQ(result.tokens.back().type, TokenType::ENDMARKER) << input;
    EXPECT_EQ(formatParseTokens(result.tokens), readFile(golden)) << input;
  }
}

TEST(TokenizerParse, ErrorsMatchCompile) {
  auto inputs = filesWithExtension(kGolden / "parse_errors", ".py");
  ASSERT_GE(inputs.size(), 60u);
  for (const auto& input : inputs) {
    fs::path golden = kGolden / "parse_errors" / input.stem();
    golden += ".error";
    auto result = rw::syntax::tokenizeUntilError(readFile(input), TokenizeMode::Parse, "golden.py");
    ASSERT_TRUE(result.error.has_value()) << input;
    EXPECT_EQ(formatCompileError(*result.error), readFile(golden)) << input;
  }
}

TEST(TokenizerParse, TokenizeThrowsTheError) {
  try {
    rw::syntax::tokenize("if x:\n\ta\n        b\n", TokenizeMode::Parse, "tabs.py");
    FAIL() << "no error";
  } catch (const SyntaxError& error) {
    EXPECT_EQ(error.info().kind, "TabError");
    EXPECT_EQ(error.info().filename, "tabs.py");
    EXPECT_EQ(error.info().line, 3);
    EXPECT_STREQ(error.what(), "inconsistent use of tabs and spaces in indentation");
  }
}

TEST(TokenizerParse, ReportsWhenCPythonRaisesEachError) {
  auto timing = [](std::string_view source) {
    auto result = rw::syntax::tokenizeUntilError(source, TokenizeMode::Parse, "t.py");
    EXPECT_TRUE(result.error.has_value()) << source;
    return result.errorTiming;
  };
  EXPECT_EQ(timing("x = 'abc\n"), TokenizeErrorTiming::Immediate);
  EXPECT_EQ(timing("x = 1)\n"), TokenizeErrorTiming::Immediate);
  EXPECT_EQ(timing("x = 1 \\ 2\n"), TokenizeErrorTiming::WhenReached);
  EXPECT_EQ(timing("if x:\n  a\n b\n"), TokenizeErrorTiming::WhenReached);
  EXPECT_EQ(timing("x = 1 + \\\n"), TokenizeErrorTiming::WhenReached);
  EXPECT_EQ(timing("x = (1,\n"), TokenizeErrorTiming::UnclosedBracket);
}

TEST(TokenizerParse, TokensBeforeAnErrorAreKept) {
  auto result = rw::syntax::tokenizeUntilError("a = 1\nb = 0x\n", TokenizeMode::Parse, "t.py");
  ASSERT_TRUE(result.error.has_value());
  EXPECT_EQ(result.error->message, "invalid hexadecimal literal");
  ASSERT_EQ(result.tokens.size(), 6u);  // a = 1 NEWLINE b =
  EXPECT_EQ(result.tokens[5].text, "=");
}

// Tokens without a column in CPython carry the cursor column its parser reports for them,
// e.g. "expected an indented block" at offset 6 for "if x:\n" (col 6, 1-based: the
// cursor's 0-based column, which CPython uses as is).
TEST(TokenizerParse, ColumnlessTokensCarryTheCursor) {
  auto tokens = rw::syntax::tokenize("if x:\n", TokenizeMode::Parse, "t.py");
  ASSERT_EQ(tokens.back().type, TokenType::ENDMARKER);
  EXPECT_EQ(tokens.back().start.line, 1);
  EXPECT_EQ(tokens.back().start.col, 6);
  tokens = rw::syntax::tokenize("class A:\n  x = 1\n    y = 2\n", TokenizeMode::Parse, "t.py");
  const Token* indent = nullptr;
  for (const Token& token : tokens) {
    if (token.type == TokenType::INDENT) indent = &token;
  }
  ASSERT_NE(indent, nullptr);
  EXPECT_EQ(indent->start.line, 3);
  EXPECT_EQ(indent->start.col, 4);
}

TEST(TokenizerParse, PositionsCountCharactersAndBytesAndSourceOffsets) {
  auto tokens = rw::syntax::tokenize("\xEF\xBB\xBFx = 1\r\n\xC3\xA9t\xC3\xA9 = 'caf\xC3\xA9'\r\n",
                                     TokenizeMode::Parse, "t.py");
  // x = 1 NEWLINE été = 'café' NEWLINE ENDMARKER
  ASSERT_EQ(tokens.size(), 9u);
  const Token& name = tokens[4];
  EXPECT_EQ(name.text, "\xC3\xA9t\xC3\xA9");
  EXPECT_EQ(name.end.col, 3);
  EXPECT_EQ(name.end.byteCol, 5);
  EXPECT_EQ(name.start.offset, 3u + 7u);  // after the BOM and "x = 1\r\n"
  const Token& string = tokens[6];
  EXPECT_EQ(string.start.col, 6);
  EXPECT_EQ(string.start.byteCol, 8);
  EXPECT_EQ(string.end.col, 12);
}

TEST(TokenizerDisplay, FormatsErrorsLikeTheTokenizeModule) {
  SyntaxErrorInfo error;
  error.kind = "TokenError";
  error.message = "EOF in multi-line string";
  error.filename = "f.py";
  error.line = 2;
  error.col = 4;
  EXPECT_EQ(rw::syntax::formatTokenizeError(error), "f.py:2:4: error: EOF in multi-line string\n");
}

// Linear time: a 1 MB file must tokenize well under 100 ms in a Release build.
// Speed is measured by bench/frontend_bench; this checks that a large input tokenizes whole.
TEST(TokenizerLargeInput, OneMegabyteFile) {
  std::string chunk = readFile(kGolden / "display" / "program.py");
  std::string source;
  while (source.size() < (1u << 20))
    source += chunk;
  for (TokenizeMode mode : {TokenizeMode::Parse, TokenizeMode::Display}) {
    auto result = rw::syntax::tokenizeUntilError(source, mode, "big.py");
    EXPECT_FALSE(result.error.has_value());
    EXPECT_GT(result.tokens.size(), 100000u);
    EXPECT_EQ(result.tokens.back().type, rw::syntax::TokenType::ENDMARKER);
  }
}

}  // namespace
