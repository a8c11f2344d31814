// The symbol table (seed 6.6): for every scope (module, class, function, lambda,
// comprehension) which names it binds and uses, and whether each is local, global (declared
// or implicit), free (from an enclosing function), or a cell (local but captured by an inner
// function). The compiler chooses LOAD_FAST/LOAD_DEREF/LOAD_GLOBAL/LOAD_NAME from it.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "syntax/ast.h"

namespace rw {

// How a scope uses a name (CPython's DEF_* flags).
enum SymbolFlags : uint32_t {
  kDefGlobal = 1u << 0,     // `global x`
  kDefLocal = 1u << 1,      // assigned, deleted, bound by for/with/except/def/class
  kDefParam = 1u << 2,      // a parameter
  kDefNonlocal = 1u << 3,   // `nonlocal x`
  kUse = 1u << 4,           // read
  kDefFree = 1u << 5,       // used by an inner scope that finds it here or further out
  kDefFreeClass = 1u << 6,  // free in a method while also bound in the class body
  kDefImport = 1u << 7,     // bound by an import
  kDefAnnotated = 1u << 8,  // has an annotation (x: int)
  kDefCompIter = 1u << 9,   // a comprehension's iteration variable
};

enum class SymbolScope : uint8_t {
  Local,
  GlobalExplicit,  // declared global
  GlobalImplicit,  // not bound here or in an enclosing function: globals, then builtins
  Free,            // bound in an enclosing function
  Cell,            // local, and captured by an inner function
};

std::string_view scopeName(SymbolScope scope);  // "local", "global", "free", "cell", ...

enum class BlockType : uint8_t { Module, Class, Function };

struct Symbol {
  std::string name;
  uint32_t flags = 0;
  SymbolScope scope = SymbolScope::GlobalImplicit;
  // The `global`/`nonlocal` statement (or comprehension walrus) that declared the name; errors
  // found by the analysis point at it, like CPython's.
  const syntax::Node* declaration = nullptr;
  bool isNonlocal() const { return (flags & kDefNonlocal) != 0; }
  bool isParameter() const { return (flags & kDefParam) != 0; }
};

struct Scope {
  BlockType type = BlockType::Module;
  std::string name;             // "top", the function or class name, "<lambda>", "<listcomp>"
  const syntax::Node* node = nullptr;  // Module, FunctionDef, ClassDef, Lambda, comprehension
  int line = 0;
  std::vector<Symbol> symbols;  // in order of first appearance
  std::unordered_map<std::string, size_t> index;
  std::vector<std::string> varnames;  // parameters first, in signature order
  std::vector<std::unique_ptr<Scope>> children;
  Scope* parent = nullptr;
  bool nested = false;          // inside a function
  bool generator = false;       // contains yield
  bool coroutine = false;       // async def, or an async comprehension
  bool comprehension = false;
  bool hasVarargs = false;
  bool hasVarkeywords = false;
  bool needsClassClosure = false;  // a class whose methods use __class__ or super()
  bool returnsValue = false;

  const Symbol* lookup(std::string_view name) const;
  Symbol& add(const std::string& name);
  // Names with a given scope, in the order CPython lists them (co_cellvars / co_freevars
  // are sorted).
  std::vector<std::string> namesWithScope(SymbolScope scope) const;
};

struct SymbolTable {
  std::unique_ptr<Scope> top;
  std::unordered_map<const syntax::Node*, Scope*> byNode;
  Scope* scopeFor(const syntax::Node* node) const;
};

// Builds and analyses the table. Throws syntax::SyntaxError with CPython's messages for
// misplaced declarations ("name 'x' is used prior to global declaration", "nonlocal
// declaration not allowed at module level", "no binding for nonlocal 'x' found", ...).
std::unique_ptr<SymbolTable> buildSymbolTable(const syntax::ParsedModule& module,
                                              const std::string& filename);

// How a scope's name is known to the program: "local", "global", "nonlocal", "free", "cell"
// or "builtin" (an implicit global the module `top` never binds, found in `builtinNames`).
std::string_view symbolKind(const Scope& scope, const Symbol& symbol, const Scope& top,
                            const std::vector<std::string>& builtinNames);

// A readable listing of every scope and its symbols (`rewind symtable`): each scope as
// "function f (line 3, nested)", then one line per name with its kind (local, global,
// nonlocal, free, cell, builtin) and how the scope uses it (parameter, declared, referenced,
// assigned, imported, annotated); nested scopes follow, indented. A module's own names are
// "global". Implicit globals the module neither binds nor declares global show as "builtin"
// when `builtinNames` has them.
std::string formatSymbolTable(const SymbolTable& table,
                              const std::vector<std::string>& builtinNames);

}  // namespace rw
