// `rewind tokens` against `python3 -m tokenize`: the goldens of the tokenizer
// (tests/golden/tokens, from tools/make_token_goldens.py, and tests/golden/tokens/conformance
// for every conformance program, from tools/make_conformance_syntax_goldens.py) are python3's
// stdout and error line.
#include <gtest/gtest.h>

#include <filesystem>

#include "cli_runner.h"
#include "conformance_programs.h"

namespace fs = std::filesystem;
using rw::testing::readWhole;
using rw::testing::runRewind;

namespace {

const fs::path kGolden = fs::path(REWIND_SOURCE_DIR) / "tests" / "golden" / "tokens";
const fs::path kSeed = fs::path(REWIND_SHARED_DIR) / "seed" / "examples";

std::vector<fs::path> pythonFiles(const fs::path& folder) {
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(folder))
    if (entry.path().extension() == ".py") files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  return files;
}

fs::path sibling(const fs::path& folder, const fs::path& input, const char* extension) {
  return folder / (input.stem().string() + extension);
}

TEST(TokensCommand, MatchesPythonTokenize) {
  auto inputs = pythonFiles(kGolden / "display");
  ASSERT_GE(inputs.size(), 40u);
  for (const fs::path& input : inputs) {
    auto result = runRewind({"tokens", input.filename().string()}, input.parent_path());
    fs::path stderrGolden = sibling(input.parent_path(), input, ".stderr");
    if (fs::exists(stderrGolden)) {
      EXPECT_EQ(result.status, 1) << input;
      EXPECT_EQ(result.err, readWhole(stderrGolden)) << input;
      EXPECT_EQ(result.out, "") << input;
    } else {
      EXPECT_EQ(result.status, 0) << input << "\n" << result.err;
      EXPECT_EQ(result.out, readWhole(sibling(input.parent_path(), input, ".tokens"))) << input;
      EXPECT_EQ(result.err, "") << input;
    }
  }
}

TEST(TokensCommand, SeedExamples) {
  auto inputs = pythonFiles(kSeed);
  ASSERT_FALSE(inputs.empty()) << kSeed;
  for (const fs::path& input : inputs) {
    auto result = runRewind({"tokens", input.filename().string()}, kSeed);
    EXPECT_EQ(result.status, 0) << input;
    EXPECT_EQ(result.out, readWhole(sibling(kGolden / "seed", input, ".tokens"))) << input;
  }
}

// Every conformance program, including the ones added later: a program without goldens fails.
TEST(TokensCommand, ConformanceProgramsMatchPythonTokenize) {
  fs::path goldens = kGolden / "conformance";
  auto programs = rw::testing::conformancePrograms();
  ASSERT_GE(programs.size(), 300u);
  for (const fs::path& program : programs) {
    fs::path tokens = rw::testing::conformanceGolden(goldens, program, ".tokens");
    fs::path error = rw::testing::conformanceGolden(goldens, program, ".stderr");
    if (!fs::exists(tokens) && !fs::exists(error)) {
      ADD_FAILURE() << program << ": no golden, run tools/make_conformance_syntax_goldens.py";
      continue;
    }
    auto result = runRewind({"tokens", program.filename().string()}, program.parent_path());
    if (fs::exists(error)) {
      EXPECT_EQ(result.status, 1) << program;
      EXPECT_EQ(result.err, readWhole(error)) << program;
      EXPECT_EQ(result.out, "") << program;
    } else {
      EXPECT_EQ(result.status, 0) << program << "\n" << result.err;
      EXPECT_EQ(result.out, readWhole(tokens)) << program;
    }
  }
  for (const fs::path& orphan : rw::testing::orphanGoldens(goldens))
    ADD_FAILURE() << orphan << ": its program is gone, run tools/make_conformance_syntax_goldens.py";
}

TEST(TokensCommand, UnreadableFilesLikeTokenize) {
  auto missing = runRewind({"tokens", "no_such_file.py"}, kGolden);
  EXPECT_EQ(missing.status, 1);
  EXPECT_EQ(missing.err, "error: [Errno 2] No such file or directory: 'no_such_file.py'\n");
  EXPECT_EQ(missing.out, "");
  auto folder = runRewind({"tokens", "display"}, kGolden);
  EXPECT_EQ(folder.status, 1);
  EXPECT_EQ(folder.err, "error: [Errno 21] Is a directory: 'display'\n");
}

TEST(TokensCommand, Usage) {
  auto result = runRewind({"tokens"}, kGolden);
  EXPECT_EQ(result.status, 2);
  EXPECT_NE(result.err.find("usage: rewind tokens FILE.py"), std::string::npos) << result.err;
}

}  // namespace
