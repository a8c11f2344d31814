// For every step of several programs, the state the timeline reconstructs from the trace
// (keyframe restore + replay) equals the state read directly from the evaluator's frames
// and heap during a separate, unrecorded run. Equal ids also show that recording does not
// perturb execution.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <sstream>

#include "recorder/recorder.h"
#include "recorder/state_extractor.h"
#include "recorder/timeline.h"
#include "runtime/interp.h"
#include "runtime/observer.h"
#include "runtime/program.h"

namespace rw::recorder {
namespace {

namespace fs = std::filesystem;

class StringHost : public Host {
 public:
  void write(OutputStream stream, std::string_view text) override {
    (stream == OutputStream::Stdout ? out : err).append(text);
  }
  void flush(OutputStream) override {}
  std::string readLine() override { return ""; }
  double wallTime() override { return 0.0; }
  double monotonicTime() override { return 0.0; }
  // data.txt for files.py; the modules the import programs find in tests/recorder/programs.
  FileReadResult readFile(const std::string& path) override {
    if (path == "data.txt") return FileReadResult{0, "", "first line\nsecond line\n"};
    fs::path file = fs::path(REWIND_SOURCE_DIR) / "tests/recorder/programs" / path;
    std::error_code ec;
    if (fs::is_directory(file, ec)) return FileReadResult{21, "", ""};
    std::ifstream in(file, std::ios::binary);
    if (!in) return FileReadResult{2, "", ""};
    return FileReadResult{0, "", std::string(std::istreambuf_iterator<char>(in), {})};
  }
  FileWriteResult writeFile(const std::string&, std::string_view, FileWriteMode) override { return {}; }
  std::string out, err;
};

void renderValue(std::ostringstream& o, const ValueView& v) {
  o << v.type << "#" << v.id << "=" << v.repr;
}

// Everything the state holds that comes from the engine, in a comparable form.
std::string render(const StepState& s) {
  std::ostringstream o;
  for (const FrameView& f : s.frames) {
    o << "frame " << f.id << " " << f.function << " " << f.file << ":" << f.line << " @" << f.offset
      << " " << f.state << "\n";
    for (const VariableView& v : f.variables) {
      o << "  " << v.kind << " " << v.name << " ";
      if (v.bound)
        renderValue(o, v.value);
      else
        o << "<unbound>";
      o << "\n";
    }
    for (const ValueView& v : f.stack) {
      o << "  stack ";
      renderValue(o, v);
      o << "\n";
    }
  }
  for (const VariableView& v : s.globals) {
    o << "global " << v.name << " ";
    renderValue(o, v.value);
    o << "\n";
  }
  for (const HeapObjectView& h : s.heap) {
    o << "heap " << h.id << " " << h.type << " " << h.repr << "\n";
    for (const HeapField& field : h.fields) {
      o << "  " << field.label << " ";
      renderValue(o, field.value);
      o << "\n";
    }
  }
  return o.str();
}

// The test hook: reads the evaluator's own state before every instruction.
class LiveStates : public Observer {
 public:
  void onInstruction(Interp& I, Frame*, uint32_t, int64_t step) override {
    StepState state;
    state.step = step;
    extractState(I, ExtractOptions{}, state);
    states.push_back(render(state));
  }
  std::vector<std::string> states;
};

std::string readFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

std::vector<std::string> liveRun(const std::string& path, const std::string& source, std::string& out) {
  StringHost host;
  Interp I(host);
  LiveStates live;
  I.observer = &live;
  runMainProgram(I, path, source, {path});
  I.observer = nullptr;
  out = host.out;
  return std::move(live.states);
}

struct Program {
  std::string name;
  fs::path path;
};

void PrintTo(const Program& p, std::ostream* os) { *os << p.name; }

std::vector<Program> programs() {
  std::vector<Program> list;
  fs::path own = fs::path(REWIND_SOURCE_DIR) / "tests/recorder/programs";
  for (const auto& entry : fs::directory_iterator(own))
    if (entry.path().extension() == ".py") list.push_back({entry.path().stem().string(), entry.path()});
  fs::path seed = fs::path(REWIND_SHARED_DIR) / "seed/examples";
  for (const char* name : {"6_01_source_text", "6_06_symbol_table", "6_17_control_flow",
                           "6_18_exceptions", "6_20_comprehensions", "6_21_closures", "6_25_end_to_end"})
    list.push_back({name, seed / (std::string(name) + ".py")});
  std::sort(list.begin(), list.end(), [](const Program& a, const Program& b) { return a.name < b.name; });
  return list;
}

class ReplayTest : public ::testing::TestWithParam<Program> {};

TEST_P(ReplayTest, EveryStepMatchesTheLiveEvaluator) {
  const Program& program = GetParam();
  std::string source = readFile(program.path);
  std::string path = program.path.filename().string();
  std::string liveOut;
  std::vector<std::string> live = liveRun(path, source, liveOut);
  ASSERT_FALSE(live.empty());
  ASSERT_LT(live.size(), 20000u) << "keep test programs short";

  fs::path trace = fs::temp_directory_path() / ("rewind_replay_" + program.name + ".rwd");
  RecordOptions options;
  options.tracePath = trace.string();
  options.overwrite = true;
  options.chunkSteps = 64;     // many chunks
  options.keyframeSteps = 37;  // and many keyframes, at odd places
  StringHost host;
  RecordResult result = recordProgram(path, source, {path}, options, host);
  EXPECT_EQ(host.out, liveOut);
  ASSERT_EQ(result.steps, static_cast<int64_t>(live.size()));
  EXPECT_GT(result.keyframes, 0);

  std::unique_ptr<Timeline> timeline = Timeline::open(trace.string());
  ASSERT_EQ(timeline->steps(), result.steps);
  // In order: the replay continues forward from one request to the next.
  for (int64_t step = 0; step < timeline->steps(); ++step) {
    StepState state = timeline->state(step);
    ASSERT_EQ(state.step, step);
    ASSERT_EQ(render(state), live[step]) << program.name << " step " << step;
  }
  // Random order: each seek restores the nearest keyframe (or continues).
  std::mt19937 random(12345);
  std::uniform_int_distribution<int64_t> pick(0, timeline->steps() - 1);
  for (int i = 0; i < 60; ++i) {
    int64_t step = pick(random);
    ASSERT_EQ(render(timeline->state(step)), live[step]) << program.name << " random step " << step;
  }
  timeline.reset();
  fs::remove(trace);
}

INSTANTIATE_TEST_SUITE_P(Programs, ReplayTest, ::testing::ValuesIn(programs()),
                         [](const ::testing::TestParamInfo<Program>& info) { return info.param.name; });

TEST(ReplayTest, OutputSoFarGrowsWithTheSteps) {
  fs::path source = fs::path(REWIND_SOURCE_DIR) / "tests/recorder/programs/loops_and_calls.py";
  fs::path trace = fs::temp_directory_path() / "rewind_replay_output.rwd";
  RecordOptions options;
  options.tracePath = trace.string();
  options.overwrite = true;
  StringHost host;
  RecordResult result = recordProgram("loops_and_calls.py", readFile(source), {"loops_and_calls.py"}, options, host);
  std::unique_ptr<Timeline> timeline = Timeline::open(trace.string());
  EXPECT_EQ(timeline->state(0).stdoutText, "");
  StepState last = timeline->state(result.steps - 1);
  EXPECT_EQ(last.stdoutText, host.out);
  EXPECT_EQ(last.instruction.opname, "RETURN_CONST");
  timeline.reset();
  fs::remove(trace);
}

}  // namespace
}  // namespace rw::recorder
