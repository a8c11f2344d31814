// `rewind run FILE.py [ARGS]`: run a program like `python3 FILE.py`.
#include <fstream>
#include <iostream>
#include <sstream>

#include "commands.h"
#include "runtime/interp.h"
#include "runtime/program.h"

namespace rw::cli {

bool readFile(const std::string& path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) return false;
  out = buffer.str();
  return true;
}

int runCommand(const std::vector<std::string>& allArgs) {
  bool sandbox = !allArgs.empty() && allArgs[0] == "--sandbox";
  std::vector<std::string> args(allArgs.begin() + (sandbox ? 1 : 0), allArgs.end());
  if (args.empty() || args[0] == "-h" || args[0] == "--help") {
    std::cerr << "usage: rewind run [--sandbox] FILE.py [ARGS...]\n"
                 "  --sandbox  files outside the program's folder can be neither read nor written\n";
    return args.empty() ? 2 : 0;
  }
  std::string source;
  if (!readFile(args[0], source)) {
    std::cerr << "rewind: can't open file '" << args[0] << "': No such file or directory\n";
    return 2;
  }
  ProcessHost host = sandbox ? ProcessHost(ProcessHost::folderOf(args[0])) : ProcessHost();
  Interp interp(host);
  return runMainProgram(interp, args[0], source, args);
}

}  // namespace rw::cli
