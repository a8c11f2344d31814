// `rewind dis` prints Rewind's own listing (there is no CPython output to match: the
// instruction set differs). Its goldens, tests/golden/dis/listings/NAME.dis, were made with
// `rewind dis NAME.py` and reviewed by eye; after a deliberate change of the compiler or the
// layout, regenerate them the same way and review the diff. Code object addresses depend on
// how many objects the interpreter made before, so they are not compared.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>

#include "cli_runner.h"

namespace fs = std::filesystem;
using rw::testing::readWhole;
using rw::testing::runRewind;

namespace {

const fs::path kListings = fs::path(REWIND_SOURCE_DIR) / "tests" / "golden" / "dis" / "listings";

std::string withoutAddresses(const std::string& text) {
  static const std::regex address(" at 0x[0-9a-f]+");
  return std::regex_replace(text, address, " at 0x...");
}

TEST(DisCommand, ListingsMatchTheReviewedGoldens) {
  int programs = 0;
  for (const auto& entry : fs::directory_iterator(kListings)) {
    if (entry.path().extension() != ".py") continue;
    ++programs;
    auto result = runRewind({"dis", entry.path().filename().string()}, kListings);
    EXPECT_EQ(result.status, 0) << entry.path() << "\n" << result.err;
    fs::path golden = entry.path();
    golden.replace_extension(".dis");
    EXPECT_EQ(withoutAddresses(result.out), withoutAddresses(readWhole(golden))) << entry.path();
  }
  EXPECT_EQ(programs, 3);
}

TEST(DisCommand, EveryCodeObjectIsListedOnce) {
  auto result = runRewind({"dis", "closures.py"}, kListings);
  ASSERT_EQ(result.status, 0);
  for (const char* header : {"Code object <module> (\"closures.py\", line 1)\n",
                             "Code object make_counter (\"closures.py\", line 1)\n",
                             "Code object make_counter.<locals>.tick (\"closures.py\", line 4)\n",
                             "Code object <listcomp> (\"closures.py\", line 13)\n"}) {
    size_t at = result.out.find(header);
    EXPECT_NE(at, std::string::npos) << header;
    EXPECT_EQ(result.out.find(header, at + 1), std::string::npos) << header;
  }
}

TEST(DisCommand, SyntaxErrorsAndMissingFiles) {
  fs::path folder = fs::temp_directory_path() / ("rewind_dis_test_" + std::to_string(getpid()));
  fs::create_directories(folder);
  std::ofstream(folder / "bad.py") << "x = 1\nreturn x\n";
  auto bad = runRewind({"dis", "bad.py"}, folder);
  EXPECT_EQ(bad.status, 1);
  EXPECT_EQ(bad.out, "");
  EXPECT_EQ(bad.err,
            "  File \"bad.py\", line 2\n"
            "    return x\n"
            "    ^^^^^^^^\n"
            "SyntaxError: 'return' outside function\n");
  auto missing = runRewind({"dis", "missing.py"}, folder);
  EXPECT_EQ(missing.status, 2);
  EXPECT_EQ(missing.err,
            "rewind: can't open file 'missing.py': [Errno 2] No such file or directory\n");
  auto usage = runRewind({"dis"}, folder);
  EXPECT_EQ(usage.status, 2);
  fs::remove_all(folder);
}

}  // namespace
