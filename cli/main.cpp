// The `rewind` command line: run, record and inspect Python programs and traces.
#include <iostream>
#include <string>
#include <vector>

#include "commands.h"

namespace {

const char* kUsage =
    "usage: rewind COMMAND [OPTIONS] ARGS\n"
    "\n"
    "  run FILE.py [ARGS]             run a program like python3 does\n";

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty() || args[0] == "-h" || args[0] == "--help") {
    std::cerr << kUsage;
    return args.empty() ? 2 : 0;
  }
  std::string command = args[0];
  args.erase(args.begin());
  if (command == "run") return rw::cli::runCommand(args);
  std::cerr << "rewind: unknown command '" << command << "'\n\n" << kUsage;
  return 2;
}
