// Every seed example (/work/shared/seed/examples/NAME.py) run in-process must print exactly
// what CPython printed (NAME.out) and exit with status 0.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "capturing_host.h"
#include "runtime/interp.h"
#include "runtime/program.h"
#include "test_files.h"

namespace fs = std::filesystem;
using rw::testing::filesWithExtension;
using rw::testing::readFile;

namespace {

const fs::path kExamples = fs::path(REWIND_SHARED_DIR) / "seed" / "examples";

struct RunResult {
  int status = 0;
  std::string out;
  std::string err;
};

RunResult runExample(const fs::path& program) {
  rw::testing::CapturingHost host;
  RunResult result;
  {
    rw::Interp interp(host);
    std::string path = program.filename().string();
    result.status = rw::runMainProgram(interp, path, readFile(program), {path});
  }
  result.out = host.out();
  result.err = host.err();
  return result;
}

TEST(SeedExamples, PrintWhatCPythonPrinted) {
  auto programs = filesWithExtension(kExamples, ".py");
  ASSERT_GE(programs.size(), 20u) << kExamples;
  for (const fs::path& program : programs) {
    std::string name = program.stem().string();
    RunResult result = runExample(program);
    EXPECT_EQ(result.status, 0) << name << "\n" << result.err;
    EXPECT_EQ(result.out, readFile(kExamples / (name + ".out"))) << name;
  }
}

}  // namespace
