// Line navigation against CPython (goldens by tools/make_nav_goldens.py, from sys.settrace):
// stepping by line visits exactly CPython's `line` events, in both directions; `next` and
// `reverse-next` land where CPython's frame depths say; and the locals at the first and the
// last execution of every line equal CPython's there.

#include "nav_test_support.h"

namespace rw::recorder::testing {
namespace {

struct LineEvent {
  int depth = 0;
  std::string where;  // "LINE FUNCTION"
};

struct LocalsAtLine {
  bool first = true;
  int line = 0;
  std::string function;
  std::map<std::string, std::string> locals;
};

std::vector<LineEvent> goldenLines(const std::string& stem) {
  std::vector<LineEvent> events;
  std::istringstream in(readText(navProgram(stem + ".lines")));
  LineEvent e;
  std::string rest;
  while (in >> e.depth && std::getline(in, rest)) {
    e.where = rest.substr(1);
    events.push_back(e);
  }
  return events;
}

std::vector<LocalsAtLine> goldenLocals(const std::string& stem) {
  std::vector<LocalsAtLine> blocks;
  std::istringstream in(readText(navProgram(stem + ".locals")));
  std::string header;
  while (std::getline(in, header)) {
    LocalsAtLine block;
    std::istringstream fields(header);
    std::string label;
    fields >> label >> block.line >> block.function;
    block.first = label == "first";
    for (std::string item; std::getline(in, item) && item != "end";) {
      size_t eq = item.find('=');
      block.locals[item.substr(0, eq)] = item.substr(eq + 1);
    }
    blocks.push_back(std::move(block));
  }
  return blocks;
}

struct GoldenCase {
  std::string stem;
  int64_t chunkSteps;
  int64_t keyframeSteps;
};

void PrintTo(const GoldenCase& c, std::ostream* os) {
  *os << c.stem << "/" << c.chunkSteps;
}

class NavigationGoldenTest : public ::testing::TestWithParam<GoldenCase> {
 protected:
  void SetUp() override {
    program_ = std::make_unique<RecordedProgram>(GetParam().stem, GetParam().chunkSteps,
                                                 GetParam().keyframeSteps);
    events_ = goldenLines(GetParam().stem);
    ASSERT_FALSE(events_.empty());
  }

  // Every line start, forwards from step 0.
  std::vector<int64_t> lineStarts() {
    std::vector<int64_t> steps;
    for (int64_t s = 0;;) {
      Arrival a = program_->timeline().stepLine(s, Direction::Forward);
      if (!a.step) break;
      EXPECT_GT(*a.step, s);
      steps.push_back(s = *a.step);
      if (steps.size() > 2 * events_.size()) break;
    }
    return steps;
  }

  std::unique_ptr<RecordedProgram> program_;
  std::vector<LineEvent> events_;
};

TEST_P(NavigationGoldenTest, StepVisitsCPythonsLineEventsInBothDirections) {
  std::vector<int64_t> steps = lineStarts();
  std::vector<std::string> ours, expected;
  for (int64_t s : steps)
    ours.push_back(program_->where(s));
  for (const LineEvent& e : events_)
    expected.push_back(e.where);
  EXPECT_EQ(ours, expected);

  std::vector<int64_t> backwards;
  for (int64_t s = program_->last();;) {
    Arrival a = program_->timeline().stepLine(s, Direction::Backward);
    if (!a.step) break;
    backwards.insert(backwards.begin(), s = *a.step);
    if (backwards.size() > steps.size()) break;
  }
  EXPECT_EQ(backwards, steps);
}

TEST_P(NavigationGoldenTest, NextAndReverseNextFollowCPythonsFrameDepths) {
  std::vector<int64_t> steps = lineStarts();
  ASSERT_EQ(steps.size(), events_.size());
  for (size_t i = 0; i < steps.size(); ++i) {
    std::optional<int64_t> after, before;
    for (size_t j = i + 1; j < steps.size() && !after; ++j)
      if (events_[j].depth <= events_[i].depth) after = steps[j];
    for (size_t j = i; j-- > 0 && !before;)
      if (events_[j].depth <= events_[i].depth) before = steps[j];
    EXPECT_EQ(program_->timeline().stepOver(steps[i], Direction::Forward).step, after)
        << "next from event " << i << " (" << events_[i].where << ")";
    EXPECT_EQ(program_->timeline().stepOver(steps[i], Direction::Backward).step, before)
        << "reverse-next from event " << i << " (" << events_[i].where << ")";
  }
}

TEST_P(NavigationGoldenTest, LocalsAtFirstAndLastExecutionOfEveryLineMatchCPython) {
  for (const LocalsAtLine& golden : goldenLocals(GetParam().stem)) {
    std::string where = std::to_string(golden.line) + " " + golden.function;
    int64_t step = golden.first ? program_->firstAt(golden.line) : program_->lastAt(golden.line);
    std::string label = std::string(golden.first ? "first" : "last") + " execution of line " +
                        std::to_string(golden.line);
    EXPECT_EQ(program_->where(step), where) << label;
    EXPECT_EQ(program_->locals(step), golden.locals) << label;
  }
}

// Small chunks and keyframes at odd places make every search cross many of both; the
// recorder's default sizes put a small program in one chunk.
std::vector<GoldenCase> cases() {
  std::vector<GoldenCase> out;
  for (const char* stem : {"calls_and_loops", "exceptions", "objects", "generators_and_classes"}) {
    out.push_back({stem, 64, 37});
    out.push_back({stem, RecordOptions().chunkSteps, RecordOptions().keyframeSteps});
  }
  // Longer: one layout is enough (with one keyframe, every backward search replays from 0).
  out.push_back({"cycles", 64, 37});
  return out;
}

INSTANTIATE_TEST_SUITE_P(Programs, NavigationGoldenTest, ::testing::ValuesIn(cases()),
                         [](const ::testing::TestParamInfo<GoldenCase>& info) {
                           return info.param.stem + (info.param.chunkSteps == 64
                                                         ? "_small_chunks"
                                                         : "_default_chunks");
                         });

}  // namespace
}  // namespace rw::recorder::testing
