// The `rewind` command line.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "runtime/interp.h"
#include "runtime/program.h"

namespace {

bool readFile(const std::string& path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream buffer;
  buffer << in.rdbuf();
  out = buffer.str();
  return true;
}

int commandRun(const std::vector<std::string>& args) {
  if (args.empty()) {
    std::cerr << "usage: rewind run FILE.py [ARGS...]\n";
    return 2;
  }
  std::string source;
  if (!readFile(args[0], source)) {
    std::cerr << "rewind: can't open file '" << args[0] << "': No such file or directory\n";
    return 2;
  }
  rw::ProcessHost host;
  rw::Interp interp(host);
  return rw::runMainProgram(interp, args[0], source, args);
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty()) {
    std::cerr << "usage: rewind COMMAND ...\n";
    return 2;
  }
  std::string command = args[0];
  args.erase(args.begin());
  if (command == "run") return commandRun(args);
  std::cerr << "rewind: unknown command '" << command << "'\n";
  return 2;
}
