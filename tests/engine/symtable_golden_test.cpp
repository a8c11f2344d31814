// The symbol table and its listing against CPython's symtable module: the goldens
// tests/golden/symtable/NAME.symtable are written by tools/make_symtable_goldens.py from
// CPython's own table. The builtins are CPython's (builtins.txt), so the kinds do not depend
// on which builtins the engine has so far.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "compiler/symtable.h"
#include "syntax/parser.h"
#include "test_files.h"

namespace fs = std::filesystem;
using rw::testing::filesWithExtension;
using rw::testing::readFile;
using rw::testing::splitLines;

namespace {

const fs::path kGolden = fs::path(REWIND_SOURCE_DIR) / "tests" / "golden" / "symtable";

std::string listing(const fs::path& program, const std::vector<std::string>& builtins) {
  std::string name = program.filename().string();
  auto module = rw::syntax::parse(readFile(program), name);
  auto table = rw::buildSymbolTable(*module, name);
  return rw::formatSymbolTable(*table, builtins);
}

TEST(SymtableGolden, MatchesCPythonsSymbolTable) {
  auto builtins = splitLines(readFile(kGolden / "builtins.txt"));
  ASSERT_GE(builtins.size(), 100u);
  auto programs = filesWithExtension(kGolden, ".py");
  ASSERT_GE(programs.size(), 15u);
  for (const fs::path& program : programs) {
    fs::path golden = program;
    golden.replace_extension(".symtable");
    EXPECT_EQ(listing(program, builtins), readFile(golden)) << program;
  }
}

TEST(SymtableGolden, BuiltinsComeFromTheGivenNames) {
  fs::path program = kGolden / "02_function_locals.py";
  std::string withPrint = listing(program, {"print"});
  EXPECT_NE(withPrint.find("print  builtin   referenced"), std::string::npos) << withPrint;
  std::string without = listing(program, {});
  EXPECT_NE(without.find("print  global    referenced"), std::string::npos) << without;
}

}  // namespace
