// Recording a Python program from the GUI: the same recorder as `rewind record`, with the
// program's output captured instead of printed and its standard input at end of file.
#pragma once

#include <cstdint>
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

// Records `programPath` into `tracePath` (replacing it). Throws RecordingError with a message
// for the user when the program cannot be read or the trace cannot be written.
RecordingOutcome recordPythonFile(const std::string& programPath, const std::string& tracePath,
                                  int64_t maxSteps = kDefaultMaxSteps);

}  // namespace rw::gui
