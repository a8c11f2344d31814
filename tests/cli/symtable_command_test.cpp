// `rewind symtable` on the symbol-table goldens (tests/golden/symtable, written from CPython's
// symtable module by tools/make_symtable_goldens.py). The command classifies names with the
// engine's own builtins, which must be CPython's.
#include <gtest/gtest.h>

#include <filesystem>

#include "cli_runner.h"

namespace fs = std::filesystem;
using rw::testing::readWhole;
using rw::testing::runRewind;

namespace {

const fs::path kGolden = fs::path(REWIND_SOURCE_DIR) / "tests" / "golden" / "symtable";

TEST(SymtableCommand, MatchesCPythonsSymbolTable) {
  int programs = 0;
  for (const auto& entry : fs::directory_iterator(kGolden)) {
    if (entry.path().extension() != ".py") continue;
    ++programs;
    std::string name = entry.path().filename().string();
    auto result = runRewind({"symtable", name}, kGolden);
    std::string golden = readWhole(kGolden / (entry.path().stem().string() + ".symtable"));
    EXPECT_EQ(result.status, 0) << name << "\n" << result.err;
    EXPECT_EQ(result.out, golden) << name;
  }
  EXPECT_GE(programs, 15);
}

TEST(SymtableCommand, HelpExplainsTheListing) {
  auto result = runRewind({"symtable", "--help"}, kGolden);
  EXPECT_EQ(result.status, 0);
  for (const char* word : {"local", "global", "builtin", "cell", "free", "nonlocal", "parameter",
                           "declared", "referenced", "assigned", "imported", "annotated"})
    EXPECT_NE(result.out.find("  " + std::string(word) + " "), std::string::npos) << word;
}

TEST(SymtableCommand, ErrorsOfTheAnalysisAreReportedLikeCPython) {
  fs::path folder =
      fs::temp_directory_path() / ("rewind_symtable_test_" + std::to_string(getpid()));
  fs::create_directories(folder);
  std::ofstream(folder / "bad.py") << "def f():\n    x = 1\n    def g():\n        nonlocal y\n";
  auto result = runRewind({"symtable", "bad.py"}, folder);
  EXPECT_EQ(result.status, 1);
  EXPECT_EQ(result.out, "");
  EXPECT_EQ(result.err,
            "  File \"bad.py\", line 4\n"
            "    nonlocal y\n"
            "    ^^^^^^^^^^\n"
            "SyntaxError: no binding for nonlocal 'y' found\n");
  auto missing = runRewind({"symtable", "missing.py"}, folder);
  EXPECT_EQ(missing.status, 2);
  EXPECT_EQ(missing.err,
            "rewind: can't open file 'missing.py': [Errno 2] No such file or directory\n");
  fs::remove_all(folder);
}

}  // namespace
