// The `rewind` command line: run, record and inspect Python programs and traces.
#include <iostream>
#include <string>
#include <vector>

#include "commands.h"

namespace {

const char* kUsage =
    "usage: rewind COMMAND [OPTIONS] ARGS\n"
    "\n"
    "  run [--sandbox] FILE.py [ARGS] run a program like python3 does\n"
    "  FILE.py [ARGS]                 the same as run FILE.py [ARGS]\n"
    "  record [-o OUT.rwd] [--max-steps N] [--stdin FILE] [--force] [--sandbox] FILE.py [ARGS]\n"
    "                                 run a program and record its trace\n"
    "  info [--json] TRACE.rwd        what a trace holds, and where a cut-off recording ended\n"
    "  query TRACE.rwd SQL            run SQL over a trace (tables steps, lines, calls,\n"
    "                                 writes, output, exceptions; see rewind query --help)\n"
    "  show [--json] TRACE.rwd --step N|end\n"
    "                                 the state of a recorded run at one step\n"
    "  nav [--json] TRACE.rwd --from N|end CMD [ARG]\n"
    "                                 step, next, finish, continue, ... through a recorded run\n"
    "  tokens FILE.py                 its tokens, like python3 -m tokenize\n"
    "  ast [-a] [-i INDENT] FILE.py   its syntax tree, like python3 -m ast\n"
    "  symtable FILE.py               its scopes and where each name lives\n"
    "  dis FILE.py                    its code objects and their instructions\n"
    "\n"
    "rewind COMMAND --help explains a command and its output.\n";

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty() || args[0] == "-h" || args[0] == "--help") {
    std::cerr << kUsage;
    return args.empty() ? 2 : 0;
  }
  std::string command = args[0];
  // `rewind FILE.py ARGS` stands in for `python3 FILE.py ARGS` in scripts (bench/check.sh).
  if (command.ends_with(".py")) return rw::cli::runCommand(args);
  args.erase(args.begin());
  if (command == "run") return rw::cli::runCommand(args);
  if (command == "record") return rw::cli::recordCommand(args);
  if (command == "info") return rw::cli::infoCommand(args);
  if (command == "query") return rw::cli::queryCommand(args);
  if (command == "show") return rw::cli::showCommand(args);
  if (command == "nav") return rw::cli::navCommand(args);
  if (command == "tokens") return rw::cli::tokensCommand(args);
  if (command == "ast") return rw::cli::astCommand(args);
  if (command == "symtable") return rw::cli::symtableCommand(args);
  if (command == "dis") return rw::cli::disCommand(args);
  std::cerr << "rewind: unknown command '" << command << "'\n\n" << kUsage;
  return 2;
}
