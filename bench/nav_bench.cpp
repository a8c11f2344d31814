// Timeline navigation on a recorded ../shared/bench/fib.py (fib(23), about 1.1 million steps
// with the recorder's default chunk and keyframe sizes; REWIND_NAV_BENCH_N changes N): seeks
// and each navigation command from random steps inside the recursion. The replay runs on
// its own thread: the CPU column counts the whole process.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <random>
#include <sstream>

#include "recorder/recorder.h"
#include "recorder/timeline.h"
#include "runtime/host.h"

namespace {

namespace fs = std::filesystem;
using rw::recorder::Arrival;
using rw::recorder::Breakpoint;
using rw::recorder::Direction;
using rw::recorder::Timeline;

class QuietHost : public rw::Host {
 public:
  void write(rw::OutputStream, std::string_view) override {}
  void flush(rw::OutputStream) override {}
  std::string readLine() override { return ""; }
  double wallTime() override { return 0.0; }
  double monotonicTime() override { return 0.0; }
  rw::FileReadResult readFile(const std::string&) override { return {2, "", ""}; }
  rw::FileWriteResult writeFile(const std::string&, std::string_view, rw::FileWriteMode) override {
    return {};
  }
};

// One recording shared by all benchmarks.
Timeline& fibTimeline() {
  static std::unique_ptr<Timeline> timeline = [] {
    const char* n = std::getenv("REWIND_NAV_BENCH_N");
    std::string size = n ? n : "23";
    std::ifstream in(fs::path(REWIND_SHARED_DIR) / "bench/fib.py");
    std::stringstream source;
    source << in.rdbuf();
    rw::recorder::RecordOptions options;
    options.tracePath = (fs::temp_directory_path() / "rewind_nav_bench.rwd").string();
    options.overwrite = true;
    QuietHost host;
    rw::recorder::recordProgram("fib.py", source.str(), {"fib.py", size}, options, host);
    return Timeline::open(options.tracePath);
  }();
  return *timeline;
}

// Random steps in the middle of the run (inside fib's recursion).
int64_t randomStep(std::mt19937_64& random) {
  int64_t steps = fibTimeline().steps();
  return std::uniform_int_distribution<int64_t>(steps / 10, steps - steps / 10)(random);
}

void runCommand(benchmark::State& state, Arrival (*command)(Timeline&, int64_t)) {
  Timeline& t = fibTimeline();
  std::mt19937_64 random(42);
  int64_t found = 0;
  for (auto _ : state) {
    Arrival a = command(t, randomStep(random));
    found += a.step.has_value();
  }
  state.counters["found"] =
      benchmark::Counter(static_cast<double>(found), benchmark::Counter::kAvgIterations);
  state.counters["steps"] = static_cast<double>(t.steps());
}

void BM_Seek(benchmark::State& state) {
  Timeline& t = fibTimeline();
  std::mt19937_64 random(7);
  for (auto _ : state)
    benchmark::DoNotOptimize(t.state(randomStep(random)).frames.size());
}

void BM_Step(benchmark::State& s) {
  runCommand(s, [](Timeline& t, int64_t f) { return t.stepLine(f, Direction::Forward); });
}
void BM_ReverseStep(benchmark::State& s) {
  runCommand(s, [](Timeline& t, int64_t f) { return t.stepLine(f, Direction::Backward); });
}
void BM_Next(benchmark::State& s) {
  runCommand(s, [](Timeline& t, int64_t f) { return t.stepOver(f, Direction::Forward); });
}
void BM_ReverseNext(benchmark::State& s) {
  runCommand(s, [](Timeline& t, int64_t f) { return t.stepOver(f, Direction::Backward); });
}
void BM_Finish(benchmark::State& s) {
  runCommand(s, [](Timeline& t, int64_t f) { return t.stepOut(f, Direction::Forward); });
}
void BM_ReverseFinish(benchmark::State& s) {
  runCommand(s, [](Timeline& t, int64_t f) { return t.stepOut(f, Direction::Backward); });
}
void BM_LastWriteOfLocal(benchmark::State& s) {
  runCommand(s, [](Timeline& t, int64_t f) { return t.write(f, Direction::Backward, "n"); });
}
void BM_ContinueToBreakpoint(benchmark::State& s) {
  runCommand(s, [](Timeline& t, int64_t f) {
    return t.continueTo(f, Direction::Forward, {Breakpoint{"fib.py", 14, ""}});
  });
}
void BM_ReverseContinueToBreakpoint(benchmark::State& s) {
  runCommand(s, [](Timeline& t, int64_t f) {
    return t.continueTo(f, Direction::Backward, {Breakpoint{"fib.py", 14, ""}});
  });
}
// Far: the line runs once, at the end (forwards) or at the start (backwards).
void BM_ContinueToAFarLine(benchmark::State& s) {
  runCommand(s, [](Timeline& t, int64_t f) {
    return t.continueTo(f, Direction::Forward, {Breakpoint{"fib.py", 21, ""}});
  });
}
void BM_ReverseContinueToAFarLine(benchmark::State& s) {
  runCommand(s, [](Timeline& t, int64_t f) {
    return t.continueTo(f, Direction::Backward, {Breakpoint{"fib.py", 20, ""}});
  });
}
// A condition true only at the first call: evaluated at every call before `from`.
void BM_ReverseContinueWithRareCondition(benchmark::State& s) {
  runCommand(s, [](Timeline& t, int64_t f) {
    return t.continueTo(f, Direction::Backward, {Breakpoint{"fib.py", 13, "n == 23"}});
  });
}
void BM_ContinueToException(benchmark::State& s) {
  runCommand(s,
             [](Timeline& t, int64_t f) { return t.continueToException(f, Direction::Forward); });
}
void BM_CreatedAndDied(benchmark::State& s) {
  runCommand(s, [](Timeline& t, int64_t f) {
    t.creation(f, "fib");
    return t.death(f, "fib");
  });
}

BENCHMARK(BM_Seek)->Unit(benchmark::kMillisecond)->MeasureProcessCPUTime();
BENCHMARK(BM_Step)->Unit(benchmark::kMillisecond)->MeasureProcessCPUTime();
BENCHMARK(BM_ReverseStep)->Unit(benchmark::kMillisecond)->MeasureProcessCPUTime();
BENCHMARK(BM_Next)->Unit(benchmark::kMillisecond)->MeasureProcessCPUTime();
BENCHMARK(BM_ReverseNext)->Unit(benchmark::kMillisecond)->MeasureProcessCPUTime();
BENCHMARK(BM_Finish)->Unit(benchmark::kMillisecond)->MeasureProcessCPUTime();
BENCHMARK(BM_ReverseFinish)->Unit(benchmark::kMillisecond)->MeasureProcessCPUTime();
BENCHMARK(BM_LastWriteOfLocal)->Unit(benchmark::kMillisecond)->MeasureProcessCPUTime();
BENCHMARK(BM_ContinueToBreakpoint)->Unit(benchmark::kMillisecond)->MeasureProcessCPUTime();
BENCHMARK(BM_ReverseContinueToBreakpoint)->Unit(benchmark::kMillisecond)->MeasureProcessCPUTime();
BENCHMARK(BM_ContinueToAFarLine)->Unit(benchmark::kMillisecond)->MeasureProcessCPUTime();
BENCHMARK(BM_ReverseContinueToAFarLine)->Unit(benchmark::kMillisecond)->MeasureProcessCPUTime();
BENCHMARK(BM_ReverseContinueWithRareCondition)
    ->Unit(benchmark::kMillisecond)
    ->MeasureProcessCPUTime();
BENCHMARK(BM_ContinueToException)->Unit(benchmark::kMillisecond)->MeasureProcessCPUTime();
BENCHMARK(BM_CreatedAndDied)->Unit(benchmark::kMillisecond)->MeasureProcessCPUTime();

}  // namespace

BENCHMARK_MAIN();
