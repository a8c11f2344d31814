// Replay correctness at scale, over conformance programs from every area (those that read
// neither standard input, files nor clocks): for every step up to a cap, the state the
// timeline reconstructs equals the state the evaluator itself had there, read through the
// test hook (frames, variables, value stacks, the heap reachable from the frames); seeks
// in random order give the same states; and recording the same program twice gives the same
// trace content.
//
// Sizes: kStepCap steps per program keeps a live run, an in-order walk, 1,000 random seeks
// and two recordings of one program to a few seconds on a loaded two-core machine, over
// kProgramsPerArea programs of each area (58 programs).
#include <gtest/gtest.h>
#include <unistd.h>

#include <cctype>
#include <map>
#include <random>
#include <set>

#include "cli/conformance_programs.h"
#include "recorder/recorder.h"
#include "recorder/replay_test_support.h"
#include "recorder/timeline.h"
#include "runtime/program.h"
#include "syntax/parser.h"
#include "trace_digest.h"

namespace rw::recorder {
namespace {

using namespace replay_support;

constexpr int64_t kStepCap = 1000;
constexpr int kRandomSeeks = 1000;
constexpr size_t kProgramsPerArea = 3;

std::string readSource(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

// Compiles, and reads nothing from outside the program and its own modules.
bool selfContained(const fs::path& program) {
  if (fs::exists(fs::path(program).replace_extension(".in"))) return false;
  std::string source = readSource(program);
  try {
    syntax::parse(source, program.filename().string());
  } catch (const syntax::SyntaxError&) {
    return false;
  }
  for (const char* outside :
       {"input(", "open(", "stdin", "import time", "from time", "random", "os.", "import os"})
    if (source.find(outside) != std::string::npos) return false;
  return true;
}

// kProgramsPerArea self-contained programs of each area, spread over its (sorted) list.
std::vector<fs::path> chosenPrograms() {
  std::map<std::string, std::vector<fs::path>> byArea;
  for (const fs::path& p : rw::testing::conformancePrograms())
    if (selfContained(p)) byArea[p.parent_path().filename().string()].push_back(p);
  std::vector<fs::path> chosen;
  for (auto& [area, programs] : byArea) {
    size_t take = std::min(kProgramsPerArea, programs.size());
    for (size_t i = 0; i < take; ++i)
      chosen.push_back(programs[i * programs.size() / take]);
  }
  return chosen;
}

std::string testName(const fs::path& program) {
  std::string name = program.parent_path().filename().string() + "_" + program.stem().string();
  for (char& c : name)
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  return name;
}

class ConformanceReplayTest : public ::testing::TestWithParam<fs::path> {
 protected:
  void SetUp() override {
    program_ = GetParam();
    source_ = readSource(program_);
    file_ = program_.filename().string();
    trace_ = fs::temp_directory_path() /
             ("rewind_conf_" + testName(program_) + "_" + std::to_string(getpid()) + ".rwd");
  }
  void TearDown() override { fs::remove(trace_); }

  std::vector<std::string> liveStates() {
    StringHost host(program_.parent_path());
    Interp I(host);
    LiveStates live(kStepCap);
    I.observer = &live;
    try {
      runMainProgram(I, file_, source_, {file_});
    } catch (const StopLiveRun&) {
    }
    I.observer = nullptr;
    return std::move(live.states);
  }

  RecordResult record(const fs::path& trace) {
    RecordOptions options;
    options.tracePath = trace.string();
    options.overwrite = true;
    options.maxSteps = kStepCap;
    options.chunkSteps = 128;
    options.keyframeSteps = 53;
    StringHost host(program_.parent_path());
    return recordProgram(file_, source_, {file_}, options, host);
  }

  fs::path program_;
  std::string source_;
  std::string file_;
  fs::path trace_;
};

TEST_P(ConformanceReplayTest, SeeksInAnyOrderMatchTheLiveEvaluator) {
  std::vector<std::string> live = liveStates();
  ASSERT_FALSE(live.empty());
  RecordResult result = record(trace_);
  std::unique_ptr<Timeline> timeline = Timeline::open(trace_.string());
  // A run stopped at the cap holds one more state (before the instruction it stopped at).
  int64_t compared = std::min<int64_t>(timeline->steps(), static_cast<int64_t>(live.size()));
  ASSERT_GE(result.steps, static_cast<int64_t>(live.size()));
  for (int64_t step = 0; step < compared; ++step)
    ASSERT_EQ(render(timeline->state(step)), live[static_cast<size_t>(step)])
        << file_ << " step " << step;

  // Backwards, as a user stepping back does: states read ahead by one replay.
  for (int64_t step = compared - 1; step >= 0; --step)
    ASSERT_EQ(render(timeline->state(step)), live[static_cast<size_t>(step)]) << file_ << " back to step " << step;

  // Random order, in a fresh timeline: every seek lands away from where the replay is.
  timeline = Timeline::open(trace_.string());
  std::mt19937 random(static_cast<unsigned>(std::hash<std::string>{}(file_)));
  std::uniform_int_distribution<int64_t> pick(0, compared - 1);
  for (int i = 0; i < kRandomSeeks; ++i) {
    int64_t step = pick(random);
    ASSERT_EQ(render(timeline->state(step)), live[static_cast<size_t>(step)])
        << file_ << " random step " << step;
  }
}

TEST_P(ConformanceReplayTest, RecordingTwiceGivesTheSameContent) {
  fs::path again = fs::path(trace_).replace_extension(".again.rwd");
  record(trace_);
  record(again);
  EXPECT_EQ(storage::traceContentDigest(trace_.string()),
            storage::traceContentDigest(again.string()));
  fs::remove(again);
}

INSTANTIATE_TEST_SUITE_P(Conformance, ConformanceReplayTest, ::testing::ValuesIn(chosenPrograms()),
                         [](const ::testing::TestParamInfo<fs::path>& info) {
                           return testName(info.param);
                         });

TEST(ConformanceReplaySelection, CoversAtLeastFiftyProgramsOfEveryArea) {
  std::vector<fs::path> chosen = chosenPrograms();
  EXPECT_GE(chosen.size(), 50u);
  std::set<std::string> areas;
  for (const fs::path& p : chosen)
    areas.insert(p.parent_path().filename().string());
  EXPECT_GE(areas.size(), 15u);
}

TEST(TraceDigest, ChangesWithTheRecordedRunButNotWithTheSession) {
  fs::path folder = fs::temp_directory_path() / ("rewind_digest_" + std::to_string(getpid()));
  fs::create_directories(folder);
  auto recordText = [&](const std::string& name, const std::string& text) {
    RecordOptions options;
    options.tracePath = (folder / name).string();
    StringHost host;
    recordProgram("p.py", text, {"p.py"}, options, host);
    return storage::traceContentDigest(options.tracePath);
  };
  std::string first = recordText("a.rwd", "x = [1, 2]\nprint(x)\n");
  EXPECT_EQ(recordText("b.rwd", "x = [1, 2]\nprint(x)\n"), first);
  EXPECT_NE(recordText("c.rwd", "x = [1, 3]\nprint(x)\n"), first);
  fs::remove_all(folder);
}

}  // namespace
}  // namespace rw::recorder
