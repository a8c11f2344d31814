// `rewind info [--json] TRACE.rwd`: what a trace holds and whether its recording finished.
// It reads only the storage layer, so it also describes traces of other builds of Rewind
// and recordings cut off by a crash or SIGKILL.
#include <iostream>

#include "commands.h"
#include "json_writer.h"
#include "trace_reader.h"

namespace rw::cli {

namespace {

const char* kInfoUsage =
    "usage: rewind info [--json] TRACE.rwd\n"
    "Describes a trace: program, status, steps, chunks, keyframes, size. A recording that\n"
    "was killed or crashed is reported as cut off, with the last step it holds.\n"
    "Exit status: 0 read, 2 bad arguments, 3 the trace cannot be read.\n";

struct TraceFacts {
  std::string program;
  std::string status;
  bool finished = false;
  int64_t steps = 0;
  int64_t chunks = 0;
  int64_t keyframes = 0;
  int64_t bytes = 0;
  int formatVersion = 0;
  std::string exitCode;
};

// What to say about where the recording ended.
std::string ending(const TraceFacts& f) {
  if (!f.finished)
    return "cut off: the recording was killed or crashed; the trace holds steps 0 to " +
           std::to_string(f.steps - 1) + " (" + std::to_string(f.steps) + " steps)";
  if (f.status == "complete") return "complete: the program ran to its end";
  if (f.status == "max-steps")
    return "stopped at --max-steps after " + std::to_string(f.steps) + " steps";
  if (f.status == "interrupted")
    return "stopped by a second Ctrl-C after " + std::to_string(f.steps) + " steps";
  if (f.status == "terminated")
    return "stopped by SIGTERM after " + std::to_string(f.steps) + " steps";
  return f.status;
}

}  // namespace

int infoCommand(const std::vector<std::string>& args) {
  bool json = false;
  std::string path;
  for (const std::string& a : args) {
    if (a == "--json") {
      json = true;
    } else if (a == "-h" || a == "--help") {
      std::cerr << kInfoUsage;
      return 0;
    } else if (a.starts_with("-") || !path.empty()) {
      std::cerr << "rewind info: unexpected argument '" << a << "'\n" << kInfoUsage;
      return 2;
    } else {
      path = a;
    }
  }
  if (path.empty()) {
    std::cerr << kInfoUsage;
    return 2;
  }
  TraceFacts f;
  try {
    std::unique_ptr<storage::TraceReader> reader = storage::TraceReader::open(path);
    f.program = reader->meta("program").value_or("");
    f.finished = reader->finished();
    f.status = f.finished ? reader->meta("status").value_or("complete") : "cut off";
    f.steps = reader->steps();
    f.chunks = static_cast<int64_t>(reader->chunks().size());
    f.keyframes = static_cast<int64_t>(reader->keyframeSteps().size());
    f.bytes = reader->fileSize();
    f.formatVersion = reader->formatVersion();
    f.exitCode = reader->meta("exit_code").value_or("");
  } catch (const storage::StorageError& e) {
    std::cerr << "rewind info: " << e.what() << "\n";
    return 3;
  }
  if (json) {
    JsonWriter j;
    j.beginObject();
    j.key("program").value(f.program);
    j.key("status").value(f.status);
    j.key("finished").value(f.finished);
    j.key("steps").value(f.steps);
    j.key("chunks").value(f.chunks);
    j.key("keyframes").value(f.keyframes);
    j.key("bytes").value(f.bytes);
    j.key("format_version").value(static_cast<int64_t>(f.formatVersion));
    if (f.exitCode.empty())
      j.key("exit_code").null();
    else
      j.key("exit_code").value(static_cast<int64_t>(std::stoll(f.exitCode)));
    j.endObject();
    std::cout << j.text() << "\n";
    return 0;
  }
  std::cout << "trace:     " << path << " (format " << f.formatVersion << ")\n"
            << "program:   " << f.program << "\n"
            << "status:    " << ending(f) << "\n"
            << "steps:     " << f.steps << "\n"
            << "chunks:    " << f.chunks << ", keyframes: " << f.keyframes << "\n"
            << "size:      " << f.bytes << " bytes";
  if (f.steps > 0)
    std::cout << " (" << static_cast<double>(f.bytes) / static_cast<double>(f.steps)
              << " per step)";
  std::cout << "\n";
  if (!f.exitCode.empty()) std::cout << "exit code: " << f.exitCode << "\n";
  return 0;
}

}  // namespace rw::cli
