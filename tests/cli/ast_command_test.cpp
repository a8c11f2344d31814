// `rewind ast` against `python3 -m ast`: the parser goldens (tests/golden/ast, from
// tools/make_ast_goldens.py) are python3's output with and without -a; the SyntaxError
// reports are in tests/golden/cli/ast_errors (tools/make_cli_goldens.py). Every conformance
// program has its dump or report in tests/golden/ast/conformance
// (tools/make_conformance_syntax_goldens.py).
#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <sstream>

#include "cli_runner.h"
#include "conformance_programs.h"

namespace fs = std::filesystem;
using rw::testing::readWhole;
using rw::testing::runRewind;

namespace {

const fs::path kGolden = fs::path(REWIND_SOURCE_DIR) / "tests" / "golden";
const fs::path kSeed = fs::path(REWIND_SHARED_DIR) / "seed" / "examples";

// CPython 3.11 reads a file as bytes and, without an encoding declaration, reports the offset
// of some errors on a line with non-ASCII text in bytes rather than characters; Rewind's
// parser reports characters (as compile() of a str does), so the carets sit further left.
const std::map<std::string, std::string> kKnownDifferences = {
    {"167_bytes_non_ascii.py", "byte offsets on a non-ASCII line"},
    {"170_string_truncated_escape_after_non_ascii.py", "byte offsets on a non-ASCII line"},
    {"177_non_ascii_forgot_comma.py", "byte offsets on a non-ASCII line"},
};

std::vector<fs::path> pythonFiles(const fs::path& folder) {
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(folder))
    if (entry.path().extension() == ".py") files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  return files;
}

void expectDumps(const fs::path& input, const fs::path& goldenFolder) {
  std::string stem = input.stem().string();
  auto plain = runRewind({"ast", input.filename().string()}, input.parent_path());
  EXPECT_EQ(plain.status, 0) << input << "\n" << plain.err;
  EXPECT_EQ(plain.out, readWhole(goldenFolder / (stem + ".ast"))) << input;
  auto withPositions = runRewind({"ast", "-a", input.filename().string()}, input.parent_path());
  EXPECT_EQ(withPositions.status, 0) << input;
  EXPECT_EQ(withPositions.out, readWhole(goldenFolder / (stem + ".ast-a"))) << input;
}

TEST(AstCommand, ProgramsMatchPythonAst) {
  auto inputs = pythonFiles(kGolden / "ast" / "programs");
  ASSERT_GE(inputs.size(), 60u);
  for (const fs::path& input : inputs)
    expectDumps(input, kGolden / "ast" / "programs");
}

TEST(AstCommand, SeedExamplesMatchPythonAst) {
  auto inputs = pythonFiles(kSeed);
  ASSERT_FALSE(inputs.empty()) << kSeed;
  for (const fs::path& input : inputs)
    expectDumps(input, kGolden / "ast" / "seed");
}

TEST(AstCommand, SyntaxErrorsReportedLikePythonAst) {
  auto inputs = pythonFiles(kGolden / "ast" / "errors");
  ASSERT_GE(inputs.size(), 100u);
  for (const fs::path& input : inputs) {
    std::string name = input.filename().string();
    auto result = runRewind({"ast", name}, input.parent_path());
    std::string expected =
        readWhole(kGolden / "cli" / "ast_errors" / (input.stem().string() + ".stderr"));
    EXPECT_EQ(result.status, 1) << name;
    EXPECT_EQ(result.out, "") << name;
    if (kKnownDifferences.count(name)) {
      EXPECT_NE(result.err, expected) << name << " now matches: remove it from kKnownDifferences";
      continue;
    }
    EXPECT_EQ(result.err, expected) << name;
  }
}

// Every conformance program, including the ones added later: a program without goldens fails.
TEST(AstCommand, ConformanceProgramsMatchPythonAst) {
  fs::path goldens = kGolden / "ast" / "conformance";
  auto programs = rw::testing::conformancePrograms();
  ASSERT_GE(programs.size(), 300u);
  for (const fs::path& program : programs) {
    fs::path dump = rw::testing::conformanceGolden(goldens, program, ".ast");
    fs::path error = rw::testing::conformanceGolden(goldens, program, ".stderr");
    if (!fs::exists(dump) && !fs::exists(error)) {
      ADD_FAILURE() << program << ": no golden, run tools/make_conformance_syntax_goldens.py";
      continue;
    }
    auto result = runRewind({"ast", program.filename().string()}, program.parent_path());
    if (fs::exists(error)) {
      EXPECT_EQ(result.status, 1) << program;
      EXPECT_EQ(result.out, "") << program;
      EXPECT_EQ(result.err, readWhole(error)) << program;
    } else {
      EXPECT_EQ(result.status, 0) << program << "\n" << result.err;
      EXPECT_EQ(result.out, readWhole(dump)) << program;
    }
  }
  for (const fs::path& orphan : rw::testing::orphanGoldens(goldens))
    ADD_FAILURE() << orphan << ": its program is gone, run tools/make_conformance_syntax_goldens.py";
}

TEST(AstCommand, ErrorsBeforeParsingReportedLikePythonAst) {
  auto inputs = pythonFiles(kGolden / "cli" / "ast_error_inputs");
  ASSERT_GE(inputs.size(), 6u);
  for (const fs::path& input : inputs) {
    auto result = runRewind({"ast", input.filename().string()}, input.parent_path());
    EXPECT_EQ(result.status, 1) << input;
    EXPECT_EQ(result.out, "") << input;
    fs::path golden = input;
    golden.replace_extension(".stderr");
    EXPECT_EQ(result.err, readWhole(golden)) << input;
  }
}

// ast.dump indents nested nodes by INDENT spaces per level and nothing else depends on it.
TEST(AstCommand, IndentOption) {
  fs::path folder = kGolden / "ast" / "programs";
  std::string expected;
  std::istringstream golden(readWhole(folder / "13_functions.ast"));
  for (std::string line; std::getline(golden, line);)
    expected += line.substr(line.find_first_not_of(' ')) + "\n";
  auto flat = runRewind({"ast", "-i", "0", "13_functions.py"}, folder);
  EXPECT_EQ(flat.status, 0);
  EXPECT_EQ(flat.out, expected);
  auto negative = runRewind({"ast", "--indent", "-2", "13_functions.py"}, folder);
  EXPECT_EQ(negative.out, expected);
  auto bad = runRewind({"ast", "-i", "x", "13_functions.py"}, folder);
  EXPECT_EQ(bad.status, 2);
  EXPECT_NE(bad.err.find("rewind ast: error: argument -i/--indent: invalid int value: 'x'"),
            std::string::npos)
      << bad.err;
}

TEST(AstCommand, UnreadableFileIsAnArgumentError) {
  auto result = runRewind({"ast", "missing.py"}, kGolden);
  EXPECT_EQ(result.status, 2);
  EXPECT_NE(result.err.find("rewind ast: error: argument infile: can't open 'missing.py': "
                            "[Errno 2] No such file or directory: 'missing.py'\n"),
            std::string::npos)
      << result.err;
  auto unknown = runRewind({"ast", "--frobnicate", "x.py"}, kGolden);
  EXPECT_EQ(unknown.status, 2);
  EXPECT_NE(unknown.err.find("unrecognized arguments: --frobnicate"), std::string::npos);
}

}  // namespace
