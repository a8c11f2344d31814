// `rewind FILE.py ARGS` runs the program as `rewind run FILE.py ARGS` does, so scripts that
// call an interpreter as `INTERPRETER FILE SIZE` (like bench/check.sh) can use rewind.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "cli_runner.h"

namespace fs = std::filesystem;
using rw::testing::runRewind;

TEST(RunShorthand, FileArgumentRunsTheProgram) {
  fs::path folder =
      fs::temp_directory_path() / ("rewind_run_shorthand_" + std::to_string(getpid()));
  fs::create_directories(folder);
  std::ofstream(folder / "args.py")
      << "import sys\nprint(sys.argv[1:])\nraise SystemExit(int(sys.argv[1]))\n";
  auto shorthand = runRewind({"args.py", "3", "x"}, folder);
  auto run = runRewind({"run", "args.py", "3", "x"}, folder);
  EXPECT_EQ(shorthand.out, "['3', 'x']\n");
  EXPECT_EQ(shorthand.status, 3);
  EXPECT_EQ(shorthand.out, run.out);
  EXPECT_EQ(shorthand.err, run.err);
  auto missing = runRewind({"missing.py"}, folder);
  EXPECT_EQ(missing.status, 2);
  EXPECT_EQ(missing.err, runRewind({"run", "missing.py"}, folder).err);
  fs::remove_all(folder);
}
