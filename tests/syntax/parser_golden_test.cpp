// The parser against CPython 3.11: trees against `python3 -m ast [-a]`, syntax errors against
// compile(). The goldens are made by tools/make_ast_goldens.py.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "support/repr.h"
#include "syntax/ast_dump.h"
#include "syntax/parser.h"

namespace fs = std::filesystem;
using rw::syntax::DumpOptions;
using rw::syntax::SyntaxError;
using rw::syntax::SyntaxErrorInfo;

namespace {

const fs::path kGolden = fs::path(REWIND_SOURCE_DIR) / "tests" / "golden" / "ast";
const fs::path kSeed = fs::path(REWIND_SHARED_DIR) / "seed" / "examples";

std::string readFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

std::vector<fs::path> pythonFiles(const fs::path& folder) {
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(folder)) {
    if (entry.path().extension() == ".py") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

fs::path withExtension(const fs::path& folder, const fs::path& input, const char* extension) {
  return folder / (input.stem().string() + extension);
}

// Both dumps of `input` against NAME.ast and NAME.ast-a in `goldenFolder`.
void expectDumpsMatch(const fs::path& input, const fs::path& goldenFolder) {
  std::unique_ptr<rw::syntax::ParsedModule> module;
  try {
    module = rw::syntax::parse(readFile(input), input.filename().string());
  } catch (const SyntaxError& error) {
    FAIL() << input << ": " << error.info().message << " at line " << error.info().line;
  }
  DumpOptions plain;
  EXPECT_EQ(rw::syntax::dumpAst(*module->root, plain) + "\n",
            readFile(withExtension(goldenFolder, input, ".ast")))
      << input;
  DumpOptions withPositions;
  withPositions.includeAttributes = true;
  EXPECT_EQ(rw::syntax::dumpAst(*module->root, withPositions) + "\n",
            readFile(withExtension(goldenFolder, input, ".ast-a")))
      << input;
}

// A SyntaxError's fields as tools/make_ast_goldens.py writes them.
std::string formatError(const SyntaxErrorInfo& error) {
  auto number = [](int value) { return std::to_string(value) + "\n"; };
  return error.kind + "\n" + rw::support::reprString(error.message) + "\n" + number(error.line) +
         number(error.col) + number(error.endLine) + number(error.endCol) +
         rw::support::reprString(error.text) + "\n";
}

TEST(ParserGolden, ProgramsMatchPythonAst) {
  auto inputs = pythonFiles(kGolden / "programs");
  ASSERT_GE(inputs.size(), 60u);
  for (const auto& input : inputs)
    expectDumpsMatch(input, kGolden / "programs");
}

TEST(ParserGolden, SeedExamplesMatchPythonAst) {
  auto inputs = pythonFiles(kSeed);
  ASSERT_FALSE(inputs.empty()) << kSeed;
  for (const auto& input : inputs)
    expectDumpsMatch(input, kGolden / "seed");
}

TEST(ParserGolden, SyntaxErrorsMatchCompile) {
  auto inputs = pythonFiles(kGolden / "errors");
  ASSERT_GE(inputs.size(), 40u);
  for (const auto& input : inputs) {
    std::string expected = readFile(withExtension(kGolden / "errors", input, ".error"));
    try {
      rw::syntax::parse(readFile(input), input.string());
      ADD_FAILURE() << input << ": parsed without error";
    } catch (const SyntaxError& error) {
      EXPECT_EQ(formatError(error.info()), expected) << input;
      EXPECT_EQ(error.info().filename, input.string());
    }
  }
}

}  // namespace
