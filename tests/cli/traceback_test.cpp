// Uncaught exceptions print CPython 3.11's traceback: chained exceptions, carets under the
// failing expression, and collapsed runs of recursive frames.
#include <gtest/gtest.h>

#include <filesystem>

#include "cli_runner.h"

namespace fs = std::filesystem;
using rw::testing::readWhole;
using rw::testing::runRewind;

namespace {

const fs::path kGolden = fs::path(REWIND_SOURCE_DIR) / "tests" / "golden" / "tracebacks";

TEST(Tracebacks, MatchCPythons) {
  int programs = 0;
  for (const auto& entry : fs::directory_iterator(kGolden)) {
    if (entry.path().extension() != ".py") continue;
    ++programs;
    std::string name = entry.path().filename().string();
    auto result = runRewind({"run", name}, kGolden);
    EXPECT_EQ(result.status, 1) << name;
    EXPECT_EQ(result.err, readWhole(fs::path(entry.path()).replace_extension(".err"))) << name;
  }
  EXPECT_GE(programs, 10) << "run tools/make_traceback_goldens.py";
}

}  // namespace
