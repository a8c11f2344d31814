// `rewind run` on programs that do not compile reports the error exactly like `python3 FILE.py`:
// the file and line, the source line, the carets and the SyntaxError, IndentationError or
// TabError line, then exit status 1 without running anything. The goldens (tests/golden/
// syntax_errors, from tools/make_syntax_error_goldens.py) cover hand-written broken programs
// and every conformance program CPython refuses to compile.
#include <gtest/gtest.h>

#include <filesystem>

#include "cli_runner.h"

namespace fs = std::filesystem;
using rw::testing::readWhole;
using rw::testing::runRewind;

namespace {

const fs::path kGolden = fs::path(REWIND_SOURCE_DIR) / "tests" / "golden" / "syntax_errors";
const fs::path kConformance = fs::path(REWIND_SOURCE_DIR) / "tests" / "conformance";

void expectReport(const fs::path& program, const fs::path& golden) {
  std::string name = program.filename().string();
  auto result = runRewind({"run", name}, program.parent_path());
  EXPECT_EQ(result.status, 1) << program;
  EXPECT_EQ(result.out, "") << program;
  EXPECT_EQ(result.err, readWhole(golden)) << program;
}

TEST(SyntaxErrorReport, BrokenProgramsMatchCPython) {
  int programs = 0;
  for (const auto& entry : fs::directory_iterator(kGolden)) {
    if (entry.path().extension() != ".py") continue;
    ++programs;
    expectReport(entry.path(), fs::path(entry.path()).replace_extension(".err"));
  }
  EXPECT_GE(programs, 80) << "run tools/make_syntax_error_goldens.py";
}

TEST(SyntaxErrorReport, ConformanceProgramsThatDoNotCompile) {
  int programs = 0;
  for (const auto& entry : fs::recursive_directory_iterator(kGolden / "conformance")) {
    if (entry.path().extension() != ".err") continue;
    ++programs;
    fs::path program = kConformance / fs::relative(entry.path(), kGolden / "conformance");
    program.replace_extension(".py");
    ASSERT_TRUE(fs::exists(program)) << entry.path() << " has no program: regenerate";
    expectReport(program, entry.path());
  }
  EXPECT_GE(programs, 8);
}

}  // namespace
