// The fuzzer's seed corpus (with fuzz/corpus, where the inputs it once failed on go), replayed
// through the same pipeline function as fuzz/front_end_fuzzer (no libFuzzer, no sanitizers): each
// must come out of every stage as "ok" or an error CPython's compile() raises, never as a crash, a
// C++ exception or another Python exception. These are the folders fuzz/collect_seeds.sh
// gathers.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "capturing_host.h"
#include "front_end_pipeline.h"
#include "runtime/interp.h"
#include "test_files.h"

namespace fs = std::filesystem;

namespace {

const fs::path kSource = REWIND_SOURCE_DIR;
const fs::path kShared = REWIND_SHARED_DIR;

// Every regular file under `folder` (recursively) named *`extension`, or any file when
// `extension` is empty.
void addFiles(const fs::path& folder, const std::string& extension, std::vector<fs::path>& out) {
  if (!fs::is_directory(folder)) return;
  for (const auto& entry : fs::recursive_directory_iterator(folder))
    if (entry.is_regular_file() && (extension.empty() || entry.path().extension() == extension))
      out.push_back(entry.path());
}

// "ok", or an error CPython's compile() can raise for source text.
bool isCleanCompileOutcome(const std::string& outcome) {
  if (outcome == "ok" || outcome == "MemoryError") return true;
  for (const char* kind : {"SyntaxError: ", "IndentationError: ", "TabError: ", "RecursionError: "})
    if (outcome.starts_with(kind)) return true;
  return false;
}

// ... or, for the display tokenizer, one that Python's tokenize module raises.
bool isCleanDisplayOutcome(const std::string& outcome) {
  return isCleanCompileOutcome(outcome) || outcome.starts_with("TokenError: ") ||
         outcome.starts_with("UnicodeDecodeError: ");
}

void expectCleanOutcome(const rw::fuzz::FrontEndOutcome& outcome) {
  EXPECT_PRED1(isCleanCompileOutcome, outcome.parseTokens);
  EXPECT_PRED1(isCleanDisplayOutcome, outcome.displayTokens);
  EXPECT_PRED1(isCleanCompileOutcome, outcome.exec);
  EXPECT_PRED1(isCleanCompileOutcome, outcome.eval);
  EXPECT_PRED1(isCleanCompileOutcome, outcome.single);
}

void replay(const std::vector<fs::path>& inputs) {
  rw::testing::CapturingHost host;
  rw::Interp interp(host);
  for (const fs::path& input : inputs) {
    SCOPED_TRACE(input.string());
    rw::fuzz::FrontEndOutcome outcome;
    // Anything but SyntaxError or a Python exception escaping is a bug.
    EXPECT_NO_THROW(outcome = rw::fuzz::runFrontEnd(interp, rw::testing::readFile(input)));
    expectCleanOutcome(outcome);
  }
}

TEST(FrontEndSeedReplay, SeedCorpus) {
  std::vector<fs::path> inputs;
  addFiles(kSource / "tests", ".py", inputs);
  addFiles(kSource / "fuzz" / "corpus", "", inputs);
  addFiles(kShared / "seed" / "examples", ".py", inputs);
  addFiles(kShared / "bench", ".py", inputs);
  ASSERT_GE(inputs.size(), 600u);
  replay(inputs);
}

}  // namespace
