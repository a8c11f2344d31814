// Everything a program reads from or writes to the world outside the engine goes through the
// Host, so that a recording can log it and a replay can feed it back: output, input(),
// time, files.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "runtime/observer.h"

namespace rw {

class Host {
 public:
  virtual ~Host() = default;
  virtual void write(OutputStream stream, std::string_view text) = 0;
  virtual void flush(OutputStream stream) = 0;
  // One line from standard input including its newline; empty at end of input.
  virtual std::string readLine() = 0;
  // Seconds since the epoch (time.time()) and a monotonic clock (time.perf_counter()).
  virtual double wallTime() = 0;
  virtual double monotonicTime() = 0;
};

// The real process: stdout/stderr (buffered), stdin and the system clocks.
class ProcessHost : public Host {
 public:
  ~ProcessHost() override;
  void write(OutputStream stream, std::string_view text) override;
  void flush(OutputStream stream) override;
  std::string readLine() override;
  double wallTime() override;
  double monotonicTime() override;

 private:
  std::string stdoutBuffer_;
};

}  // namespace rw
