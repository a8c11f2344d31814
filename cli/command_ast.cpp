// `rewind ast [-a] [-i INDENT] FILE.py`: the syntax tree of a file exactly as
// `python3 -m ast` prints it, and CPython's SyntaxError report when the file does not parse.
#include <algorithm>
#include <charconv>
#include <iostream>

#include "commands.h"
#include "runtime/host.h"
#include "runtime/interp.h"
#include "source_file.h"
#include "support/repr.h"
#include "syntax/ast_dump.h"
#include "syntax/parser.h"
#include "syntax_error_report.h"

namespace rw::cli {

namespace {

const char* kAstUsage =
    "usage: rewind ast [-h] [-a] [-i INDENT] FILE.py\n"
    "\n"
    "Prints the abstract syntax tree of FILE.py like `python3 -m ast`.\n"
    "\n"
    "  -a, --include-attributes  also show each node's line and column positions\n"
    "  -i, --indent INDENT       indentation of nested nodes (default: 3)\n";

int usageError(const std::string& message) {
  std::cerr << kAstUsage << "rewind ast: error: " << message << "\n";
  return 2;
}

}  // namespace

int astCommand(const std::vector<std::string>& args) {
  syntax::DumpOptions options;
  std::string path;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (arg == "-h" || arg == "--help") {
      std::cout << kAstUsage;
      return 0;
    }
    if (arg == "-a" || arg == "--include-attributes") {
      options.includeAttributes = true;
    } else if (arg == "-i" || arg == "--indent") {
      if (i + 1 == args.size()) return usageError("argument -i/--indent: expected one argument");
      const std::string& value = args[++i];
      int indent = 0;
      auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), indent);
      if (ec != std::errc() || end != value.data() + value.size())
        return usageError("argument -i/--indent: invalid int value: '" + value + "'");
      // ast.dump indents by ' ' * indent, so a negative indent still breaks lines.
      options.indent = std::max(indent, 0);
    } else if (path.empty() && !arg.starts_with("-")) {
      path = arg;
    } else {
      return usageError("unrecognized arguments: " + arg);
    }
  }
  if (path.empty()) return usageError("the following arguments are required: FILE.py");

  std::string source;
  int error = 0;
  if (!readSourceFile(path, source, error))
    return usageError("argument infile: can't open " + support::reprString(path) + ": " +
                      osErrorText(error, path));
  try {
    auto module = syntax::parse(source, path);
    std::cout << syntax::dumpAst(*module->root, options) << "\n";
    return 0;
  } catch (const syntax::SyntaxError& e) {
    ProcessHost host;
    Interp interp(host);
    std::cerr << formatSyntaxErrorReport(interp, e.info(), source);
    return 1;
  }
}

}  // namespace rw::cli
