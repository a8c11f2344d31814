// `rewind record [-o OUT.rwd] [--max-steps N] [--stdin FILE] [--force] FILE.py [ARGS]`
#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <iostream>

#include "commands.h"
#include "recorder/recorder.h"
#include "runtime/host.h"
#include "trace_types.h"

namespace rw::cli {

namespace {

const char* kRecordUsage =
    "usage: rewind record [-o OUT.rwd] [--max-steps N] [--stdin FILE] [--force] [--sandbox]\n"
    "                     FILE.py [ARGS...]\n"
    "Runs FILE.py like python3 and records every step into a trace (default: FILE.rwd\n"
    "beside the program; an existing trace is only replaced with --force). --stdin FILE\n"
    "feeds FILE to input() and sys.stdin. With --sandbox files outside the program's folder\n"
    "can be neither read nor written.\n"
    "The first Ctrl-C raises KeyboardInterrupt in the program (and is recorded); a second\n"
    "Ctrl-C, SIGTERM or --max-steps stops the program and finishes a valid trace.\n";

recorder::StopRequests stopRequests;

void onSignal(int signal) {
  if (signal == SIGINT)
    ++stopRequests.interrupts;
  else
    stopRequests.terminate = true;
  stopRequests.pending = true;
}

// Until the trace is finished, Ctrl-C and SIGTERM become requests the recorder acts on
// between instructions. SA_RESTART: a program waiting in input() keeps waiting.
class SignalRequests {
 public:
  SignalRequests() {
    struct sigaction action;
    std::memset(&action, 0, sizeof action);
    action.sa_handler = onSignal;
    action.sa_flags = SA_RESTART;
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, &oldInterrupt_);
    sigaction(SIGTERM, &action, &oldTerminate_);
  }
  ~SignalRequests() {
    sigaction(SIGINT, &oldInterrupt_, nullptr);
    sigaction(SIGTERM, &oldTerminate_, nullptr);
  }
  SignalRequests(const SignalRequests&) = delete;
  SignalRequests& operator=(const SignalRequests&) = delete;

 private:
  struct sigaction oldInterrupt_;
  struct sigaction oldTerminate_;
};

// Makes `path` the process's standard input.
bool redirectStdin(const std::string& path) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    std::cerr << "rewind record: can't open --stdin file '" << path << "': " << std::strerror(errno)
              << "\n";
    return false;
  }
  bool ok = ::dup2(fd, STDIN_FILENO) >= 0;
  if (!ok) std::cerr << "rewind record: can't read standard input from '" << path << "'\n";
  ::close(fd);
  return ok;
}

std::string defaultTracePath(const std::string& program) {
  std::string stem = program;
  if (stem.size() > 3 && stem.ends_with(".py")) stem.resize(stem.size() - 3);
  return stem + ".rwd";
}

std::string stopNote(const std::string& status) {
  if (status == "max-steps") return ", stopped at --max-steps";
  if (status == "interrupted") return ", stopped by a second Ctrl-C";
  if (status == "terminated") return ", stopped by SIGTERM";
  return "";
}

}  // namespace

int recordCommand(const std::vector<std::string>& args) {
  recorder::RecordOptions options;
  bool sandbox = false;
  std::string stdinPath;
  size_t i = 0;
  for (; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "-o" && i + 1 < args.size()) {
      options.tracePath = args[++i];
    } else if (a == "--max-steps" && i + 1 < args.size()) {
      try {
        options.maxSteps = std::stoll(args[++i]);
      } catch (const std::exception&) {
        std::cerr << "rewind record: --max-steps needs a number, not '" << args[i] << "'\n";
        return 2;
      }
      if (options.maxSteps < 0) {
        std::cerr << "rewind record: --max-steps must not be negative\n";
        return 2;
      }
    } else if (a == "--stdin" && i + 1 < args.size()) {
      stdinPath = args[++i];
    } else if (a == "--sandbox") {
      sandbox = true;
    } else if (a == "--force") {
      options.overwrite = true;
    } else if (a == "-h" || a == "--help") {
      std::cerr << kRecordUsage;
      return 0;
    } else if (a.starts_with("-") && a != "-") {
      std::cerr << "rewind record: unknown option '" << a << "'\n" << kRecordUsage;
      return 2;
    } else {
      break;
    }
  }
  if (i >= args.size()) {
    std::cerr << kRecordUsage;
    return 2;
  }
  std::vector<std::string> argv(args.begin() + static_cast<std::ptrdiff_t>(i), args.end());
  std::string source;
  if (!readFile(argv[0], source)) {
    std::cerr << "rewind: can't open file '" << argv[0] << "': No such file or directory\n";
    return 2;
  }
  if (!stdinPath.empty() && !redirectStdin(stdinPath)) return 2;
  if (options.tracePath.empty()) options.tracePath = defaultTracePath(argv[0]);
  options.requests = &stopRequests;
  SignalRequests signals;
  ProcessHost host = sandbox ? ProcessHost(ProcessHost::folderOf(argv[0])) : ProcessHost();
  recorder::RecordResult result;
  try {
    result = recorder::recordProgram(argv[0], source, argv, options, host);
  } catch (const storage::StorageError& e) {
    host.flush(OutputStream::Stdout);
    std::cerr << "rewind record: " << e.what() << "\n";
    return 2;
  }
  host.flush(OutputStream::Stdout);
  std::cerr << "rewind: recorded " << result.steps << " steps (" << result.keyframes
            << " keyframes) to " << options.tracePath << ", " << result.fileSize << " bytes"
            << stopNote(result.status) << "\n";
  return result.exitCode;
}

}  // namespace rw::cli
