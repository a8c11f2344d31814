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

// The outcome of reading a whole file: errno (0 on success) with an optional message that
// replaces strerror (the sandbox explains itself), and the contents.
struct FileReadResult {
  int error = 0;
  std::string message;
  std::string data;
};

struct FileWriteResult {
  int error = 0;
  std::string message;
};

enum class FileWriteMode : uint8_t {
  Truncate,   // create or empty the file ("w")
  Append,     // create if missing, add at the end ("a", and later writes of any mode)
  Exclusive,  // create, failing if it exists ("x")
};

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
  // Files, with paths relative to the working directory.
  virtual FileReadResult readFile(const std::string& path) = 0;
  virtual FileWriteResult writeFile(const std::string& path, std::string_view data, FileWriteMode mode) = 0;
};

// The real process: stdout/stderr (buffered), stdin, the system clocks and files. In a
// sandbox (`--sandbox`, the GUI's default for programs it opens) files outside the sandbox
// folder (the program's own folder) can be neither read nor written.
class ProcessHost : public Host {
 public:
  ProcessHost() = default;
  explicit ProcessHost(std::string sandboxFolder) : sandbox_(std::move(sandboxFolder)) {}
  // The sandbox of a program: the absolute folder that holds it.
  static std::string folderOf(const std::string& programPath);
  ~ProcessHost() override;
  void write(OutputStream stream, std::string_view text) override;
  void flush(OutputStream stream) override;
  std::string readLine() override;
  double wallTime() override;
  double monotonicTime() override;
  FileReadResult readFile(const std::string& path) override;
  FileWriteResult writeFile(const std::string& path, std::string_view data, FileWriteMode mode) override;

 private:
  std::string stdoutBuffer_;
  std::optional<std::string> sandbox_;
};

}  // namespace rw
