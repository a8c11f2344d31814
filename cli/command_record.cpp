// `rewind record [-o OUT.rwd] [--max-steps N] [--force] FILE.py [ARGS]`
#include <iostream>

#include "commands.h"
#include "recorder/recorder.h"
#include "runtime/host.h"
#include "trace_types.h"

namespace rw::cli {

namespace {

const char* kRecordUsage =
    "usage: rewind record [-o OUT.rwd] [--max-steps N] [--force] [--sandbox] FILE.py [ARGS...]\n"
    "Runs FILE.py like python3 and records every step into a trace (default: FILE.rwd\n"
    "beside the program; an existing trace is only replaced with --force). With --sandbox\n"
    "files outside the program's folder can be neither read nor written.\n";

std::string defaultTracePath(const std::string& program) {
  std::string stem = program;
  if (stem.size() > 3 && stem.ends_with(".py")) stem.resize(stem.size() - 3);
  return stem + ".rwd";
}

}  // namespace

int recordCommand(const std::vector<std::string>& args) {
  recorder::RecordOptions options;
  bool sandbox = false;
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
  if (options.tracePath.empty()) options.tracePath = defaultTracePath(argv[0]);
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
            << (result.status == "max-steps" ? ", stopped at --max-steps" : "") << "\n";
  return result.exitCode;
}

}  // namespace rw::cli
