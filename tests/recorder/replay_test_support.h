// Shared by the replay tests: a host that answers from memory, a comparable rendering of a
// state, and the test hook that reads the evaluator's own state before every instruction.
#pragma once

#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

#include "recorder/state.h"
#include "recorder/state_extractor.h"
#include "runtime/host.h"
#include "runtime/interp.h"
#include "runtime/observer.h"

namespace rw::recorder::replay_support {

namespace fs = std::filesystem;

class StringHost : public Host {
 public:
  // Modules and data files are read from `folder`.
  explicit StringHost(fs::path folder = fs::path(REWIND_SOURCE_DIR) / "tests/recorder/programs")
      : folder_(std::move(folder)) {}
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
    fs::path file = folder_ / path;
    std::error_code ec;
    if (fs::is_directory(file, ec)) return FileReadResult{21, "", ""};
    std::ifstream in(file, std::ios::binary);
    if (!in) return FileReadResult{2, "", ""};
    return FileReadResult{0, "", std::string(std::istreambuf_iterator<char>(in), {})};
  }
  FileWriteResult writeFile(const std::string&, std::string_view, FileWriteMode) override {
    return {};
  }
  std::string out, err;

 private:
  fs::path folder_;
};

inline void renderValue(std::ostringstream& o, const ValueView& v) {
  o << v.type << "#" << v.id << "=" << v.repr;
}

// Everything the state holds that comes from the engine, in a comparable form.
inline std::string render(const StepState& s) {
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

// Thrown by LiveStates to end a capped run where a recording with --max-steps ends.
struct StopLiveRun {};

// The test hook: reads the evaluator's own state before every instruction (up to `cap`
// instructions, if set).
class LiveStates : public Observer {
 public:
  explicit LiveStates(int64_t cap = -1) : cap_(cap) {}
  void onInstruction(Interp& I, Frame*, uint32_t, int64_t step) override {
    if (cap_ >= 0 && step >= cap_) {
      I.observer = nullptr;
      throw StopLiveRun{};
    }
    StepState state;
    state.step = step;
    extractState(I, ExtractOptions{}, state);
    states.push_back(render(state));
  }
  std::vector<std::string> states;

 private:
  int64_t cap_;
};

}  // namespace rw::recorder::replay_support
