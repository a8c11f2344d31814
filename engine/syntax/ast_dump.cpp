// ast.dump() of CPython 3.11, reproduced: a node is written on one line when it has at most
// three fields and all of them are simple (scalars, empty lists, nodes without fields);
// otherwise each field goes on its own line. Optional fields that are None are left out, list
// fields are always written, and with include_attributes the positions follow the fields.
#include "syntax/ast_dump.h"

#include <string>
#include <type_traits>
#include <vector>

#include "support/repr.h"

namespace rw::syntax {
namespace {

struct Formatted {
  std::string text;
  bool simple;
};

// Joins pieces by appending (GCC 12 warns falsely about `"literal" + std::string`).
std::string concat(std::initializer_list<std::string_view> parts) {
  size_t size = 0;
  for (std::string_view part : parts)
    size += part.size();
  std::string out;
  out.reserve(size);
  for (std::string_view part : parts)
    out.append(part);
  return out;
}

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
  explicit Dumper(const DumpOptions& options) : options_(options) {}

  Formatted node(const Node& n, int level) {
    if (options_.indent >= 0) ++level;
    std::vector<std::string> args;
    bool allSimple = true;
    auto add = [&](const char* name, Formatted value) {
      allSimple = allSimple && value.simple;
      args.push_back(concat({name, "=", value.text}));
    };
    visitNode(const_cast<Node&>(n), [&](const auto& concrete) {
      concrete.forEachField([&](const char* name, const auto& field) {
        if (auto value = this->field(field, level)) add(name, std::move(*value));
      });
    });
    if (options_.includeAttributes && hasAttributes(n.kind)) {
      add("lineno", {std::to_string(n.span.line), true});
      add("col_offset", {std::to_string(n.span.col), true});
      add("end_lineno", {std::to_string(n.span.endLine), true});
      add("end_col_offset", {std::to_string(n.span.endCol), true});
    }
    std::string name(nodeKindName(n.kind));
    if (allSimple && args.size() <= 3) {
      return {concat({name, "(", join(args, ", "), ")"}), args.empty()};
    }
    return {concat({name, "(", prefix(level), join(args, separator(level)), ")"}), false};
  }

 private:
  std::string prefix(int level) const {
    if (options_.indent < 0) return "";
    std::string out(1, '\n');
    out.append(static_cast<size_t>(options_.indent * level), ' ');
    return out;
  }
  std::string separator(int level) const {
    if (options_.indent < 0) return ", ";
    std::string out(",\n");
    out.append(static_cast<size_t>(options_.indent * level), ' ');
    return out;
  }
  static std::string join(const std::vector<std::string>& parts, const std::string& sep) {
    std::string out;
    for (size_t i = 0; i < parts.size(); ++i) {
      if (i) out += sep;
      out += parts[i];
    }
    return out;
  }

  Formatted list(const std::vector<std::string>& items, int level) {
    if (items.empty()) return {"[]", true};
    int inner = options_.indent >= 0 ? level + 1 : level;
    return {concat({"[", prefix(inner), join(items, separator(inner)), "]"}), false};
  }

  // Each kind of field, formatted like Python's repr of its value; nothing for None.
  template <class T>
  std::optional<Formatted> field(const T& value, int level) {
    if constexpr (std::is_pointer_v<T>) {
      if (!value) return std::nullopt;
      return node(*value, level);
    } else if constexpr (std::is_same_v<T, std::string>) {
      return Formatted{support::reprString(value), true};
    } else if constexpr (std::is_same_v<T, std::optional<std::string>>) {
      if (!value) return std::nullopt;
      return Formatted{support::reprString(*value), true};
    } else if constexpr (std::is_same_v<T, int>) {
      return Formatted{std::to_string(value), true};
    } else if constexpr (std::is_same_v<T, ConstantValue>) {
      return Formatted{reprConstant(value), true};
    } else if constexpr (std::is_enum_v<T>) {
      return Formatted{concat({name(value), "()"}), true};
    } else {
      // A list: of nodes (None where absent), of identifiers or of comparison operators.
      std::vector<std::string> items;
      int inner = options_.indent >= 0 ? level + 1 : level;
      for (const auto& item : value) {
        using Item = std::decay_t<decltype(item)>;
        if constexpr (std::is_pointer_v<Item>) {
          items.push_back(item ? node(*item, inner).text : "None");
        } else if constexpr (std::is_same_v<Item, std::string>) {
          items.push_back(support::reprString(item));
        } else {
          items.push_back(concat({name(item), "()"}));
        }
      }
      return list(items, level);
    }
  }

  const DumpOptions& options_;
};

}  // namespace

std::string dumpAst(const Node& root, const DumpOptions& options) {
  Dumper dumper(options);
  return dumper.node(root, 0).text;
}

}  // namespace rw::syntax
