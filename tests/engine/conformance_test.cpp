// Conformance programs: every tests/conformance/AREA/NAME.py runs in-process and must print
// exactly what CPython 3.11 printed (NAME.out) and exit with CPython's status (NAME.exit),
// reading NAME.in as its stdin when there is one.
// The goldens come from tools/make_conformance_goldens.py; stderr is not compared, so a
// program may end in an uncaught exception on purpose.
//
// Modules that programs import are not programs: they are the files named _NAME.py next to
// the programs, and everything in subfolders (packages). A program runs with its folder as
// sys.path[0], and the host reads files from that folder, as `python3 NAME.py` does there.
#include <gtest/gtest.h>

#include <cctype>
#include <filesystem>
#include <string>
#include <vector>

#include "capturing_host.h"
#include "runtime/interp.h"
#include "runtime/program.h"
#include "test_files.h"

namespace fs = std::filesystem;
using rw::testing::readFile;

namespace {

const fs::path kConformance = fs::path(REWIND_SOURCE_DIR) / "tests" / "conformance";

std::vector<fs::path> conformancePrograms() {
  std::vector<fs::path> programs;
  if (!fs::exists(kConformance)) return programs;
  for (const auto& area : fs::directory_iterator(kConformance)) {
    if (!area.is_directory()) continue;
    for (const auto& entry : fs::directory_iterator(area.path())) {
      const fs::path& path = entry.path();
      if (entry.is_regular_file() && path.extension() == ".py" &&
          !path.filename().string().starts_with("_"))
        programs.push_back(path);
    }
  }
  std::sort(programs.begin(), programs.end());
  return programs;
}

// "str/find_basic.py" -> "str_find_basic" (test names allow only letters, digits and '_').
std::string testName(const fs::path& program) {
  std::string name = fs::relative(program, kConformance).replace_extension().generic_string();
  for (char& c : name)
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  return name;
}

class Conformance : public ::testing::TestWithParam<fs::path> {};

TEST_P(Conformance, MatchesCPython) {
  const fs::path& program = GetParam();
  fs::path expectedOut = fs::path(program).replace_extension(".out");
  fs::path expectedExit = fs::path(program).replace_extension(".exit");
  ASSERT_TRUE(fs::exists(expectedOut)) << expectedOut << ": run tools/make_conformance_goldens.py";
  ASSERT_TRUE(fs::exists(expectedExit)) << expectedExit;
  fs::path input = fs::path(program).replace_extension(".in");
  rw::testing::CapturingHost host(fs::exists(input) ? readFile(input) : "");
  host.setReadFolder(program.parent_path());
  int status;
  {
    rw::Interp interp(host);
    std::string name = program.filename().string();
    status = rw::runMainProgram(interp, name, readFile(program), {name});
  }
  EXPECT_EQ(host.out(), readFile(expectedOut)) << program << "\nstderr:\n" << host.err();
  EXPECT_EQ(std::to_string(status) + "\n", readFile(expectedExit)) << program << "\nstderr:\n"
                                                                    << host.err();
}

INSTANTIATE_TEST_SUITE_P(Programs, Conformance, ::testing::ValuesIn(conformancePrograms()),
                         [](const ::testing::TestParamInfo<fs::path>& info) {
                           return testName(info.param);
                         });

// The suite must not pass vacuously because the folder moved or emptied.
TEST(ConformanceSuite, HasPrograms) { EXPECT_GE(conformancePrograms().size(), 40u) << kConformance; }

}  // namespace
