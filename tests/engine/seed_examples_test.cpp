// Every seed example (/work/shared/seed/examples/NAME.py) run in-process must print exactly
// what CPython printed (NAME.out) and exit with status 0. Examples that need language
// features the engine does not have yet are listed with the reason; the test checks that
// they still fail, so the list has to shrink as the features arrive.
#include <gtest/gtest.h>

#include <filesystem>
#include <map>
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

const std::map<std::string, std::string> kNotYetSupported = {
    {"6_23_coroutines", "async def and await"},
};

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
  int passed = 0;
  for (const fs::path& program : programs) {
    std::string name = program.stem().string();
    if (kNotYetSupported.count(name)) continue;
    RunResult result = runExample(program);
    EXPECT_EQ(result.status, 0) << name << "\n" << result.err;
    EXPECT_EQ(result.out, readFile(kExamples / (name + ".out"))) << name;
    ++passed;
  }
  EXPECT_EQ(passed + kNotYetSupported.size(), programs.size());
}

TEST(SeedExamples, UnsupportedOnesStillFail) {
  for (const auto& [name, reason] : kNotYetSupported) {
    fs::path program = kExamples / (name + ".py");
    ASSERT_TRUE(fs::exists(program)) << program;
    RunResult result = runExample(program);
    bool matches = result.status == 0 && result.out == readFile(kExamples / (name + ".out"));
    EXPECT_FALSE(matches) << name << " now runs like CPython (it needed " << reason
                          << "): remove it from kNotYetSupported";
  }
}

}  // namespace
