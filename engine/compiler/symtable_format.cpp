// The listing `rewind symtable` prints: every scope, then each name it uses with its kind and
// how the scope uses it. tools/make_symtable_goldens.py writes the same listing from CPython's
// own symbol table, which is how the tests check both the table and this layout.
#include <algorithm>

#include "compiler/symtable.h"

namespace rw {

namespace {

constexpr uint32_t kBindsOrDeclares = kDefLocal | kDefParam | kDefImport | kDefGlobal;

std::string flagWords(const Symbol& sym) {
  std::string words;
  auto add = [&](bool present, std::string_view word) {
    if (!present) return;
    if (!words.empty()) words += ", ";
    words += word;
  };
  add(sym.flags & kDefParam, "parameter");
  add(sym.scope == SymbolScope::GlobalExplicit, "declared");
  add(sym.flags & kUse, "referenced");
  add(sym.flags & kDefLocal, "assigned");
  add(sym.flags & kDefImport, "imported");
  add(sym.flags & kDefAnnotated, "annotated");
  return words;
}

void formatScope(const Scope& scope, const Scope& top, const std::vector<std::string>& builtinNames,
                 int depth, std::string& out) {
  std::string pad(static_cast<size_t>(depth) * 2, ' ');
  if (scope.type == BlockType::Module) {
    out += pad + "module <module>\n";
  } else {
    out += pad + (scope.type == BlockType::Class ? "class " : "function ") + scope.name +
           " (line " + std::to_string(scope.line) + (scope.nested ? ", nested" : "") + ")\n";
  }
  if (scope.symbols.empty()) out += pad + "  (no names)\n";
  size_t width = 0;
  for (const Symbol& sym : scope.symbols)
    width = std::max(width, sym.name.size());
  for (const Symbol& sym : scope.symbols) {
    std::string line = pad + "  " + sym.name;
    line.resize(pad.size() + 2 + width, ' ');
    std::string kind(symbolKind(scope, sym, top, builtinNames));
    kind.resize(8, ' ');
    line += "  " + kind + "  " + flagWords(sym);
    while (line.back() == ' ')
      line.pop_back();
    out += line + "\n";
  }
  for (const auto& child : scope.children) {
    out += "\n";
    formatScope(*child, top, builtinNames, depth + 1, out);
  }
}

}  // namespace

std::string_view symbolKind(const Scope& scope, const Symbol& sym, const Scope& top,
                            const std::vector<std::string>& builtinNames) {
  if (sym.isNonlocal()) return "nonlocal";
  switch (sym.scope) {
    // A module's own names are what the program knows as its globals.
    case SymbolScope::Local:
      return scope.type == BlockType::Module ? "global" : "local";
    case SymbolScope::Cell:
      return "cell";
    case SymbolScope::Free:
      return "free";
    case SymbolScope::GlobalExplicit:
      return "global";
    case SymbolScope::GlobalImplicit: {
      const Symbol* atTop = top.lookup(sym.name);
      bool moduleHasIt = atTop && (atTop->flags & kBindsOrDeclares);
      bool isBuiltin =
          std::find(builtinNames.begin(), builtinNames.end(), sym.name) != builtinNames.end();
      return !moduleHasIt && isBuiltin ? "builtin" : "global";
    }
  }
  return "?";
}

std::string formatSymbolTable(const SymbolTable& table,
                              const std::vector<std::string>& builtinNames) {
  std::string out;
  formatScope(*table.top, *table.top, builtinNames, 0, out);
  return out;
}

}  // namespace rw
