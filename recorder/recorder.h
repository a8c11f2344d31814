// Recording: runs a program with an observer that writes the trace as it goes. Each chunk
// of steps gets its events (output, inputs) and index entries (lines, code, calls, returns,
// raises, writes); keyframes (engine snapshots) are taken periodically so any step can be
// reconstructed by a short replay.
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "runtime/host.h"

namespace rw::recorder {

// Object births and deaths are indexed per chunk by blocks of 2^kLifetimeIndexBits ids
// (key: id >> kLifetimeIndexBits), which keeps the index small and cheap to write.
inline constexpr int kLifetimeIndexBits = 10;

// Requests from outside the program, typically set by signal handlers (the atomics are
// lock-free, so a handler may set them) and polled by the recorder before every instruction.
struct StopRequests {
  std::atomic<bool> pending{false};    // set with every request, so one load covers the rest
  std::atomic<int> interrupts{0};      // Ctrl-C presses: the first raises KeyboardInterrupt in
                                       // the program, the second stops the recording
  std::atomic<bool> terminate{false};  // SIGTERM: stop the recording
};

inline constexpr int64_t kKeyframeBaselineBytes = 64 << 10;

struct RecordOptions {
  std::string tracePath;
  bool overwrite = false;
  int64_t maxSteps = -1;         // stop after this many steps (-1: no limit)
  int64_t chunkSteps = 1 << 14;  // steps per event chunk
  // Steps between keyframes: at least keyframeSteps, and keyframeSteps per
  // kKeyframeBaselineBytes of snapshot, so that a big heap is not snapshotted as often as a
  // small one (keyframes would dominate the time and the size of the trace).
  int64_t keyframeSteps = 1 << 17;
  StopRequests* requests = nullptr;  // polled before every instruction when set
  // Called on the recording thread after each chunk with the steps recorded so far, so a
  // front end can show progress; returning false ends the recording there ("interrupted").
  std::function<bool(int64_t steps)> progress;
};

struct RecordResult {
  int exitCode = 0;
  int64_t steps = 0;
  int64_t fileSize = 0;
  int64_t keyframes = 0;
  // "complete", "max-steps", "interrupted" (second Ctrl-C or progress returned false) or
  // "terminated" (SIGTERM)
  std::string status;
};

// Runs `source` as __main__ (argv[0] is the program path) and writes the trace. The program's
// output goes to `host` as it runs. Throws storage::StorageError when the trace file cannot
// be written.
RecordResult recordProgram(const std::string& path, const std::string& source,
                           const std::vector<std::string>& argv, const RecordOptions& options,
                           Host& host);

// The engine build's identity as stored in traces.
std::string currentEngineFingerprint();

}  // namespace rw::recorder
