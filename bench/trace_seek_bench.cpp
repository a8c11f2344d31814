// Seek and step latency on an existing trace, as a debugger front end sees it:
//   seek       state(step) at uniformly random steps, one after another
//   step+/-    stepInstruction forwards/backwards then state() there, repeated from where
//              the previous step arrived (a user holding the step key), from random starts;
//              the first step of each run is reported apart ("first"): it may start a
//              replay, like a seek
// Prints the median, 99th percentile and maximum of each, in milliseconds.
// usage: trace_seek_bench TRACE.rwd [SEEKS] [STEPS]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <vector>

#include "recorder/timeline.h"

namespace {

using Clock = std::chrono::steady_clock;
using rw::recorder::Direction;
using rw::recorder::Timeline;

double millisecondsSince(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

void report(const char* what, std::vector<double> samples) {
  std::sort(samples.begin(), samples.end());
  auto at = [&](double q) {
    return samples[std::min(samples.size() - 1,
                            static_cast<size_t>(q * static_cast<double>(samples.size())))];
  };
  std::printf("%-10s n=%-6zu p50 %8.3f ms   p99 %8.3f ms   max %8.3f ms\n", what, samples.size(),
              at(0.5), at(0.99), samples.back());
}

// Steps `count` times from `start` in `direction` (state read at each arrival), timing each.
void stepRun(Timeline& timeline, int64_t start, Direction direction, int count,
             std::vector<double>& first, std::vector<double>& samples) {
  timeline.state(start);
  int64_t at = start;
  for (int i = 0; i < count; ++i) {
    Clock::time_point t = Clock::now();
    rw::recorder::Arrival a = timeline.stepInstruction(at, direction);
    if (!a.step) return;
    timeline.state(*a.step);
    (i == 0 ? first : samples).push_back(millisecondsSince(t));
    at = *a.step;
  }
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: trace_seek_bench TRACE.rwd [SEEKS] [STEPS]\n");
    return 2;
  }
  int seeks = argc > 2 ? std::atoi(argv[2]) : 300;
  int steps = argc > 3 ? std::atoi(argv[3]) : 2000;
  try {
    Clock::time_point opening = Clock::now();
    std::unique_ptr<Timeline> timeline = Timeline::open(argv[1]);
    std::printf("open       %.3f ms, %lld steps\n", millisecondsSince(opening),
                static_cast<long long>(timeline->steps()));
    std::mt19937_64 random(42);
    std::uniform_int_distribution<int64_t> pick(1, timeline->steps() - 2);
    std::vector<double> seekTimes;
    for (int i = 0; i < seeks; ++i) {
      int64_t step = pick(random);
      Clock::time_point t = Clock::now();
      timeline->state(step);
      seekTimes.push_back(millisecondsSince(t));
    }
    report("seek", seekTimes);
    std::vector<double> forward, backward, firstForward, firstBackward;
    for (int run = 0; run < 10; ++run) {
      int64_t start = pick(random);
      stepRun(*timeline, start, Direction::Forward, steps / 10, firstForward, forward);
      stepRun(*timeline, start, Direction::Backward, steps / 10, firstBackward, backward);
    }
    report("step+", forward);
    report("step-", backward);
    report("step+first", firstForward);
    report("step-first", firstBackward);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "trace_seek_bench: %s\n", e.what());
    return 1;
  }
  return 0;
}
