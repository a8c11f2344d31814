// AST + symbol table -> code objects (seed 6.7-6.11).
#pragma once

#include <string>

#include "compiler/symtable.h"
#include <memory>
#include <string_view>

#include "syntax/ast.h"
#include "syntax/parser.h"

namespace rw {

class Interp;
struct Code;

struct CompileInput {
  const syntax::ParsedModule* module = nullptr;
  const SymbolTable* symbols = nullptr;
  std::string filename;     // co_filename
  int64_t sourceId = 0;     // the recorded source this code comes from
  bool interactive = false; // expression statements print their value (PRINT_EXPR)
};

// Compiles the module (or expression) at input.module->root. Returns a new reference.
// Throws syntax::SyntaxError for errors CPython's compiler reports ("'return' outside
// function", "'break' outside loop", ...).
Code* compile(Interp& I, const CompileInput& input);

// Source text -> code object in one call: tokenize, parse, analyse, compile. Keeps the
// parsed module alive in `keepAst` when given (the recorder stores it).
Code* compileSource(Interp& I, std::string_view source, const std::string& filename,
                    int64_t sourceId, syntax::ParseMode mode = syntax::ParseMode::Exec,
                    std::unique_ptr<syntax::ParsedModule>* keepAst = nullptr);

}  // namespace rw
