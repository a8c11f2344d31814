#include "gui/session/program_recording.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <memory>

#include "runtime/host.h"
#include "trace_types.h"

namespace rw::gui {

namespace {

// The process's clocks and files (sandboxed to the program's folder unless asked not to), no
// terminal: output is kept for the user, input() reads the given text, then end of file.
class CapturingHost : public ProcessHost {
 public:
  CapturingHost(std::string& output, std::string input)
      : output_(output), input_(std::move(input)) {}
  CapturingHost(std::string& output, std::string input, std::string sandboxFolder)
      : ProcessHost(std::move(sandboxFolder)), output_(output), input_(std::move(input)) {}
  void write(OutputStream, std::string_view text) override { output_ += text; }
  void flush(OutputStream) override {}
  // A line with its "\n", like a terminal's; the last line may lack one; "" at the end.
  std::string readLine() override {
    if (read_ >= input_.size()) return {};
    size_t end = input_.find('\n', read_);
    end = end == std::string::npos ? input_.size() : end + 1;
    std::string line = input_.substr(read_, end - read_);
    read_ = end;
    return line;
  }

 private:
  std::string& output_;
  std::string input_;
  size_t read_ = 0;
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
                                  const RecordingSettings& settings,
                                  std::function<bool(int64_t)> progress) {
  std::string source = readProgram(programPath);
  recorder::RecordOptions options;
  options.tracePath = tracePath;
  options.overwrite = true;
  options.maxSteps = settings.maxSteps;
  options.progress = std::move(progress);
  RecordingOutcome outcome;
  std::unique_ptr<CapturingHost> owned =
      settings.sandboxed ? std::make_unique<CapturingHost>(outcome.output, settings.input,
                                                           ProcessHost::folderOf(programPath))
                         : std::make_unique<CapturingHost>(outcome.output, settings.input);
  CapturingHost& host = *owned;
  try {
    outcome.result = recorder::recordProgram(programPath, source, {programPath}, options, host);
  } catch (const storage::StorageError& e) {
    throw RecordingError(std::string("can't write the trace: ") + e.what());
  }
  return outcome;
}

}  // namespace rw::gui
