// Hosts for recording and replay. While recording, everything the program reads from the
// outside (input lines, clocks) is passed through and logged as chunk events; a replay feeds
// the logged values back in the same order, so it repeats the recording exactly.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "recorder/chunk_events.h"
#include "runtime/host.h"

namespace rw::recorder {

class RecordingHost : public Host {
 public:
  // `log` receives each event; its step is filled in by the recorder.
  RecordingHost(Host& inner, std::function<void(ChunkEvent)> log)
      : inner_(inner), log_(std::move(log)) {}
  void write(OutputStream stream, std::string_view text) override { inner_.write(stream, text); }
  void flush(OutputStream stream) override { inner_.flush(stream); }
  std::string readLine() override;
  double wallTime() override;
  double monotonicTime() override;
  FileReadResult readFile(const std::string& path) override;
  FileWriteResult writeFile(const std::string& path, std::string_view data, FileWriteMode mode) override;

 private:
  Host& inner_;
  std::function<void(ChunkEvent)> log_;
};

class ReplayError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Replays logged inputs in order; output is discarded (the trace already holds it).
class ReplayHost : public Host {
 public:
  explicit ReplayHost(std::vector<ChunkEvent> inputs) : inputs_(std::move(inputs)) {}
  void write(OutputStream, std::string_view) override {}
  void flush(OutputStream) override {}
  std::string readLine() override { return next(EventKind::InputLine).text; }
  double wallTime() override { return next(EventKind::WallTime).number; }
  double monotonicTime() override { return next(EventKind::Monotonic).number; }
  FileReadResult readFile(const std::string&) override {
    const ChunkEvent& e = next(EventKind::FileRead);
    return FileReadResult{e.error, e.message, e.text};
  }
  FileWriteResult writeFile(const std::string&, std::string_view, FileWriteMode) override {
    const ChunkEvent& e = next(EventKind::FileWrite);
    return FileWriteResult{e.error, e.message};
  }
  // How many logged inputs the replay has used.
  size_t consumed() const { return position_; }

 private:
  const ChunkEvent& next(EventKind kind);
  std::vector<ChunkEvent> inputs_;
  size_t position_ = 0;
};

}  // namespace rw::recorder
