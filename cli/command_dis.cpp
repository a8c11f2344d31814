// `rewind dis FILE.py`: the code objects the compiler makes from a program, with their
// attributes, instructions and exception tables.
#include <iostream>

#include "commands.h"
#include "compiler/compiler.h"
#include "compiler/disassembler.h"
#include "objects/code.h"
#include "runtime/host.h"
#include "runtime/interp.h"
#include "source_file.h"
#include "syntax_error_report.h"

namespace rw::cli {

namespace {

const char* kDisUsage =
    "usage: rewind dis FILE.py\n"
    "\n"
    "Compiles FILE.py and shows each code object, the module's first, then the functions,\n"
    "classes, lambdas and comprehensions inside it in the order their constants appear:\n"
    "\n"
    "  its attributes (co_name, co_argcount, co_flags, co_consts, co_varnames, ...), then\n"
    "  one line per instruction:  LINE  >>  OFFSET  OPNAME  ARG  (MEANING)\n"
    "\n"
    "    LINE     the source line, shown where a new line starts\n"
    "    >>       marks an instruction that a jump or an exception handler goes to\n"
    "    OFFSET   the instruction's index; jump targets and the exception table use it\n"
    "    MEANING  what the argument stands for: a constant, a variable name, a jump\n"
    "             target (\"to 12\"), an operator (\"+=\"), ...\n"
    "\n"
    "  and the exception table: START to END -> HANDLER [DEPTH] [lasti]: an exception\n"
    "  raised by the instructions from START up to (not including) END goes to HANDLER with\n"
    "  the value stack cut to DEPTH values; \"lasti\" when the handler also receives the\n"
    "  offset of the instruction that raised.\n";

}  // namespace

int disCommand(const std::vector<std::string>& args) {
  if (args.size() == 1 && (args[0] == "-h" || args[0] == "--help")) {
    std::cout << kDisUsage;
    return 0;
  }
  if (args.size() != 1 || args[0].starts_with("-")) {
    std::cerr << "usage: rewind dis FILE.py   (rewind dis --help explains the listing)\n";
    return 2;
  }
  const std::string& path = args[0];
  std::string source;
  int error = 0;
  if (!readSourceFile(path, source, error)) {
    std::cerr << cantOpenFileText(error, path) << "\n";
    return 2;
  }
  ProcessHost host;
  Interp interp(host);
  try {
    Ref code = Ref::steal(Value(compileSource(interp, source, path, 1)));
    std::cout << formatDisassembly(interp, code.as<Code>());
    return 0;
  } catch (const syntax::SyntaxError& e) {
    std::cerr << formatSyntaxErrorReport(interp, e.info(), source);
    return 1;
  }
}

}  // namespace rw::cli
