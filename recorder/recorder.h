// Recording: runs a program with an observer that writes the trace as it goes. Each chunk
// of steps gets its events (output, inputs) and index entries (lines, code, calls, returns,
// raises, writes); keyframes (engine snapshots) are taken periodically so any step can be
// reconstructed by a short replay.
#pragma once

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

struct RecordOptions {
  std::string tracePath;
  bool overwrite = false;
  int64_t maxSteps = -1;            // stop after this many steps (-1: no limit)
  int64_t chunkSteps = 1 << 14;     // steps per event chunk
  int64_t keyframeSteps = 1 << 17;  // steps between keyframes (at least)
  // Called on the recording thread after each chunk with the steps recorded so far, so a
  // front end can show progress; returning false ends the recording there ("interrupted").
  std::function<bool(int64_t steps)> progress;
};

struct RecordResult {
  int exitCode = 0;
  int64_t steps = 0;
  int64_t fileSize = 0;
  int64_t keyframes = 0;
  std::string status;  // "complete", "max-steps" or "interrupted"
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
