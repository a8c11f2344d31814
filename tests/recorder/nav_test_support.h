// Shared by the navigation tests: records one of tests/recorder/nav_programs into a trace
// with small chunks and keyframes (so searches cross many of both) and opens its timeline.
#pragma once

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <regex>
#include <sstream>
#include <string>

#include "recorder/recorder.h"
#include "recorder/timeline.h"
#include "runtime/host.h"

namespace rw::recorder::testing {

namespace fs = std::filesystem;

class QuietHost : public Host {
 public:
  void write(OutputStream, std::string_view) override {}
  void flush(OutputStream) override {}
  std::string readLine() override { return ""; }
  double wallTime() override { return 0.0; }
  double monotonicTime() override { return 0.0; }
  FileReadResult readFile(const std::string&) override { return FileReadResult{2, "", ""}; }
  FileWriteResult writeFile(const std::string&, std::string_view, FileWriteMode) override {
    return {};
  }
};

inline fs::path navProgram(const std::string& name) {
  return fs::path(REWIND_SOURCE_DIR) / "tests/recorder/nav_programs" / name;
}

inline std::string readText(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

// A recorded run of nav_programs/NAME.py, recorded under the name NAME.py.
class RecordedProgram {
 public:
  explicit RecordedProgram(const std::string& stem, int64_t chunkSteps = 64,
                           int64_t keyframeSteps = 37)
      : file_(stem + ".py"),
        trace_(fs::temp_directory_path() /
               ("rewind_nav_" + stem + "_" + std::to_string(getpid()) + ".rwd")) {
    RecordOptions options;
    options.tracePath = trace_.string();
    options.overwrite = true;
    options.chunkSteps = chunkSteps;
    options.keyframeSteps = keyframeSteps;
    QuietHost host;
    recordProgram(file_, readText(navProgram(file_)), {file_}, options, host);
    timeline_ = Timeline::open(trace_.string());
  }
  ~RecordedProgram() {
    timeline_.reset();
    fs::remove(trace_);
  }
  Timeline& timeline() { return *timeline_; }
  const std::string& file() const { return file_; }
  int64_t last() const { return timeline_->steps() - 1; }

  // "LINE FUNCTION" of the innermost frame at `step`.
  std::string where(int64_t step) {
    StepState s = timeline_->state(step);
    return std::to_string(s.frames.front().line) + " " + s.frames.front().function;
  }
  std::string where(const Arrival& a) { return a.step ? where(*a.step) : "none: " + a.note; }
  // The innermost frame's bound variables: name -> repr.
  std::map<std::string, std::string> locals(int64_t step) {
    std::map<std::string, std::string> out;
    StepState state = timeline_->state(step);
    for (const VariableView& v : state.frames.front().variables)
      if (v.bound)
        out[v.name] = std::regex_replace(v.value.repr, std::regex(" at 0x[0-9a-f]+"), " at 0x?");
    return out;
  }
  // The first line start of `line` (forward from step 0).
  int64_t firstAt(int line) {
    Arrival a = timeline_->continueTo(0, Direction::Forward, {Breakpoint{file_, line, ""}});
    EXPECT_TRUE(a.step) << file_ << ":" << line << " never runs";
    return a.step.value_or(0);
  }
  // The last line start of `line`.
  int64_t lastAt(int line) {
    Arrival a = timeline_->continueTo(last(), Direction::Backward, {Breakpoint{file_, line, ""}});
    EXPECT_TRUE(a.step) << file_ << ":" << line << " never runs";
    return a.step.value_or(0);
  }

 private:
  std::string file_;
  fs::path trace_;
  std::unique_ptr<Timeline> timeline_;
};

}  // namespace rw::recorder::testing
