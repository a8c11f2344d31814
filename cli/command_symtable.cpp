// `rewind symtable FILE.py`: every scope of a program and, for each name it uses, where the
// name lives (the symbol table the compiler chooses its load and store instructions from).
#include <iostream>

#include "commands.h"
#include "compiler/symtable.h"
#include "runtime/builtins.h"
#include "runtime/host.h"
#include "runtime/interp.h"
#include "source_file.h"
#include "syntax/parser.h"
#include "syntax_error_report.h"

namespace rw::cli {

namespace {

const char* kSymtableUsage =
    "usage: rewind symtable FILE.py\n"
    "\n"
    "Lists every scope of FILE.py (the module, each class, function, lambda and\n"
    "comprehension) and, for each name the scope uses, where the name lives:\n"
    "\n"
    "  function f (line 3, nested)      a scope, the line it starts on; \"nested\" when it\n"
    "                                   is inside a function and may use its variables\n"
    "    total  cell  assigned          one name: NAME  KIND  FLAGS\n"
    "\n"
    "Kinds:\n"
    "  local     a variable of this function (or an attribute of this class body)\n"
    "  global    a module-level name: the module's own names, names declared `global`,\n"
    "            and names a function reads without binding them\n"
    "  builtin   read but never bound by the module: found in the builtins (print, len)\n"
    "  cell      a local that an inner function uses, so it lives in a cell\n"
    "  free      a variable of an enclosing function, reached through its cell\n"
    "  nonlocal  declared `nonlocal`: assigning it changes the enclosing function's variable\n"
    "\n"
    "Flags:\n"
    "  parameter   a parameter of the function (.0 is the iterator a comprehension gets)\n"
    "  declared    named by a `global` statement (at module level: in any function)\n"
    "  referenced  read in this scope\n"
    "  assigned    bound in this scope: =, +=, for, with, except, def, class, del, :=\n"
    "  imported    bound by an import\n"
    "  annotated   has a variable annotation (x: int)\n";

}  // namespace

int symtableCommand(const std::vector<std::string>& args) {
  if (args.size() == 1 && (args[0] == "-h" || args[0] == "--help")) {
    std::cout << kSymtableUsage;
    return 0;
  }
  if (args.size() != 1 || args[0].starts_with("-")) {
    std::cerr << "usage: rewind symtable FILE.py   (rewind symtable --help explains the listing)\n";
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
    auto module = syntax::parse(source, path);
    auto table = buildSymbolTable(*module, path);
    std::cout << formatSymbolTable(*table, builtinNames(interp));
    return 0;
  } catch (const syntax::SyntaxError& e) {
    std::cerr << formatSyntaxErrorReport(interp, e.info(), source);
    return 1;
  }
}

}  // namespace rw::cli
