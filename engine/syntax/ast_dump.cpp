// ast.dump() of CPython 3.11, reproduced: a node is written on one line when it has at most
// three fields and all of them are simple (scalars, empty lists, nodes without fields);
// otherwise each field goes on its own line. Optional fields that are None are left out, list
// fields are always written, and with include_attributes the positions follow the fields.
//
// The text is appended to one buffer as it is produced (whether a node fits on one line is
// decided from its fields before writing it), so deeply nested trees dump in linear time.
#include "syntax/ast_dump.h"

#include <string>
#include <type_traits>

#include "support/repr.h"

namespace rw::syntax {
namespace {

bool hasAttributes(NodeKind kind) {
  switch (kind) {
    case NodeKind::Module:
    case NodeKind::Interactive:
    case NodeKind::Expression:
    case NodeKind::Comprehension:
    case NodeKind::Arguments:
    case NodeKind::WithItem:
    case NodeKind::MatchCase:
    case NodeKind::TypeIgnore:
      return false;
    default:
      return true;
  }
}

class Dumper {
 public:
  Dumper(const DumpOptions& options, std::string& out) : options_(options), out_(out) {}

  void node(const Node& n, int level) {
    if (options_.indent >= 0) ++level;
    Shape shape = shapeOf(n);
    bool oneLine = shape.allSimple && shape.args <= 3;
    out_ += nodeKindName(n.kind);
    out_ += '(';
    bool first = true;
    auto separate = [&] {
      if (oneLine || options_.indent < 0) {
        if (!first) out_ += ", ";
      } else {
        if (!first) out_ += ',';
        newline(level);
      }
      first = false;
    };
    visitNode(const_cast<Node&>(n), [&](const auto& concrete) {
      concrete.forEachField([&](const char* name, const auto& value) {
        if (isOmitted(value)) return;
        separate();
        out_ += name;
        out_ += '=';
        field(value, level);
      });
    });
    if (options_.includeAttributes && hasAttributes(n.kind)) {
      const std::pair<const char*, int> attributes[] = {{"lineno", n.span.line},
                                                        {"col_offset", n.span.col},
                                                        {"end_lineno", n.span.endLine},
                                                        {"end_col_offset", n.span.endCol}};
      for (const auto& [name, value] : attributes) {
        separate();
        out_ += name;
        out_ += '=';
        out_ += std::to_string(value);
      }
    }
    out_ += ')';
  }

 private:
  // How many arguments a node is written with and whether all of them are simple.
  struct Shape {
    int args = 0;
    bool allSimple = true;
  };

  Shape shapeOf(const Node& n) const {
    Shape shape;
    visitNode(const_cast<Node&>(n), [&](const auto& concrete) {
      concrete.forEachField([&](const char*, const auto& value) {
        if (isOmitted(value)) return;
        ++shape.args;
        if (!isSimple(value)) shape.allSimple = false;
      });
    });
    if (options_.includeAttributes && hasAttributes(n.kind)) shape.args += 4;
    return shape;
  }

  // A node is simple when it is written without arguments.
  bool nodeIsSimple(const Node& n) const { return shapeOf(n).args == 0; }

  template <class T>
  static bool isOmitted(const T& value) {
    if constexpr (std::is_pointer_v<T>) {
      return value == nullptr;
    } else if constexpr (std::is_same_v<T, std::optional<std::string>>) {
      return !value.has_value();
    } else {
      return false;
    }
  }

  template <class T>
  bool isSimple(const T& value) const {
    if constexpr (std::is_pointer_v<T>) {
      return nodeIsSimple(*value);
    } else if constexpr (std::is_same_v<T, std::string> ||
                         std::is_same_v<T, std::optional<std::string>> || std::is_same_v<T, int> ||
                         std::is_same_v<T, ConstantValue> || std::is_enum_v<T>) {
      return true;
    } else {
      return value.empty();  // a list
    }
  }

  void newline(int level) {
    if (options_.indent < 0) return;
    out_ += '\n';
    out_.append(static_cast<size_t>(options_.indent * level), ' ');
  }

  // Each kind of field, written like Python's repr of its value.
  template <class T>
  void field(const T& value, int level) {
    if constexpr (std::is_pointer_v<T>) {
      node(*value, level);
    } else if constexpr (std::is_same_v<T, std::string>) {
      support::appendReprString(value, out_);
    } else if constexpr (std::is_same_v<T, std::optional<std::string>>) {
      support::appendReprString(*value, out_);
    } else if constexpr (std::is_same_v<T, int>) {
      out_ += std::to_string(value);
    } else if constexpr (std::is_same_v<T, ConstantValue>) {
      out_ += reprConstant(value);
    } else if constexpr (std::is_enum_v<T>) {
      out_ += name(value);
      out_ += "()";
    } else {
      list(value, level);
    }
  }

  // A list: of nodes (None where absent), of identifiers or of comparison operators.
  template <class List>
  void list(const List& items, int level) {
    if (items.empty()) {
      out_ += "[]";
      return;
    }
    int inner = options_.indent >= 0 ? level + 1 : level;
    out_ += '[';
    bool first = true;
    for (const auto& item : items) {
      if (options_.indent < 0) {
        if (!first) out_ += ", ";
      } else {
        if (!first) out_ += ',';
        newline(inner);
      }
      first = false;
      using Item = std::decay_t<decltype(item)>;
      if constexpr (std::is_pointer_v<Item>) {
        if (item) {
          node(*item, inner);
        } else {
          out_ += "None";
        }
      } else if constexpr (std::is_same_v<Item, std::string>) {
        support::appendReprString(item, out_);
      } else {
        out_ += name(item);
        out_ += "()";
      }
    }
    out_ += ']';
  }

  const DumpOptions& options_;
  std::string& out_;
};

}  // namespace

std::string dumpAst(const Node& root, const DumpOptions& options) {
  std::string out;
  Dumper dumper(options, out);
  dumper.node(root, 0);
  return out;
}

}  // namespace rw::syntax
