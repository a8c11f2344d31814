// Recording a Python program from the GUI: the same recorder as `rewind record`, with the
// program's output captured instead of printed and its standard input supplied as text.
#pragma once

#include <cstdint>
#include <functional>
#include <stdexcept>
#include <string>

#include "recorder/recorder.h"

namespace rw::gui {

class RecordingError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct RecordingOutcome {
  recorder::RecordResult result;
  std::string output;  // stdout and stderr, interleaved as the program wrote them
};

// A program that never ends must not hang the app: recording stops after this many steps
// (a few seconds of recording) and the trace says so ("max-steps").
constexpr int64_t kDefaultMaxSteps = 20'000'000;

struct RecordingSettings {
  std::string input;      // what input() reads, line by line; then end of file
  bool sandboxed = true;  // file access limited to the program's folder
  int64_t maxSteps = kDefaultMaxSteps;
};

// Records `programPath` into `tracePath` (replacing it). `progress` hears the steps recorded
// so far now and then and may stop the recording by returning false. Throws RecordingError
// with a message for the user when the program cannot be read or the trace cannot be written.
RecordingOutcome recordPythonFile(const std::string& programPath, const std::string& tracePath,
                                  const RecordingSettings& settings = {},
                                  std::function<bool(int64_t)> progress = {});

}  // namespace rw::gui
