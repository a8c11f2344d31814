// What `last-write` and `next-write` follow: a binding named at one step — a variable of
// the current frame (a local, a cell or free variable, a global or a module or class body's
// name), an attribute `obj.attr` or an element `x[k]` — turned into a description that does
// not depend on the replay it was found in: the object holding the binding is named by its
// id (serials are never reused), the key by its value.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace rw {
class Interp;
}

namespace rw::recorder {

// A dict key or list index that any replay can rebuild.
struct ElementKey {
  enum class Kind { Int, Str, Tuple };
  Kind kind = Kind::Int;
  int64_t number = 0;
  std::string text;
  std::vector<ElementKey> items;
  std::string repr() const;
};

enum class BindingKind {
  FastLocal,  // a function's local slot
  Cell,       // a cell or free variable: the cell's contents
  Namespace,  // a name in a dict: globals, a module or class body's namespace
  Attribute,  // an attribute in an object's (type's, module's) dict
  ListItem,
  DictItem,
};

struct WatchSpec {
  BindingKind kind = BindingKind::FastLocal;
  uint64_t owner = 0;                    // the frame, cell, dict, object or container's id
  std::vector<uint64_t> writtenObjects;  // ids whose writes may change the binding
  int64_t codeId = 0;                    // FastLocal: the frame's code
  int32_t slot = 0;                      // FastLocal
  std::string name;                      // Namespace, Attribute
  ElementKey key;                        // ListItem, DictItem
  std::string description;               // "local variable 'x' of f", ...
};

// The forms a write target may take.
struct WriteTarget {
  enum class Form { Name, Attribute, Element };
  Form form = Form::Name;
  std::string name;    // Name: the variable; Attribute: the attribute
  std::string object;  // Attribute, Element: the expression naming the object
  std::string key;     // Element: the key expression
};

// Throws std::invalid_argument explaining what is accepted.
WriteTarget parseWriteTarget(const std::string& text);

struct TargetResolution {
  std::optional<WatchSpec> spec;
  std::string error;       // when there is no spec
  std::string sideEffect;  // an expression disturbed the replay
};

// Resolves the target in the innermost frame of a paused replay (on its thread).
TargetResolution resolveWriteTarget(Interp& I, const WriteTarget& target);

}  // namespace rw::recorder
