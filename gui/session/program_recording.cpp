#include "gui/session/program_recording.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "runtime/host.h"
#include "trace_types.h"

namespace rw::gui {

namespace {

// The process's clocks and files (sandboxed to the program's folder), no terminal: output is
// kept for the user, input() sees end of file.
class CapturingHost : public ProcessHost {
 public:
  CapturingHost(std::string& output, std::string sandboxFolder)
      : ProcessHost(std::move(sandboxFolder)), output_(output) {}
  void write(OutputStream, std::string_view text) override { output_ += text; }
  void flush(OutputStream) override {}
  std::string readLine() override { return {}; }

 private:
  std::string& output_;
};

RecordingError cantOpen(const std::string& path, int error) {
  return RecordingError("can't open file '" + path + "': [Errno " + std::to_string(error) + "] " +
                        std::strerror(error));
}

// Reads with read(2) so a directory fails with EISDIR like Python's open() instead of
// reading as an empty program.
std::string readProgram(const std::string& path) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) throw cantOpen(path, errno);
  std::string text;
  char buffer[1 << 16];
  for (;;) {
    ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n == 0) break;
    if (n < 0) {
      if (errno == EINTR) continue;
      int error = errno;
      ::close(fd);
      throw cantOpen(path, error);
    }
    text.append(buffer, static_cast<size_t>(n));
  }
  ::close(fd);
  return text;
}

}  // namespace

RecordingOutcome recordPythonFile(const std::string& programPath, const std::string& tracePath,
                                  int64_t maxSteps) {
  std::string source = readProgram(programPath);
  recorder::RecordOptions options;
  options.tracePath = tracePath;
  options.overwrite = true;
  options.maxSteps = maxSteps;
  RecordingOutcome outcome;
  CapturingHost host(outcome.output, ProcessHost::folderOf(programPath));
  try {
    outcome.result = recorder::recordProgram(programPath, source, {programPath}, options, host);
  } catch (const storage::StorageError& e) {
    throw RecordingError(std::string("can't write the trace: ") + e.what());
  }
  return outcome;
}

}  // namespace rw::gui
