// Argument checks shared by native functions, with CPython's messages.
#include <algorithm>
#include <string>

#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/protocols.h"
#include "runtime/type_support.h"

namespace rw {

void checkArgCount(Interp& I, std::string_view fname, CallArgs args, size_t min, size_t max) {
  size_t n = args.nargs;
  if (n >= min && n <= max) return;
  std::string name(fname);
  if (min == max) {
    if (min == 0) raiseTypeError(I, name + "() takes no arguments (" + std::to_string(n) + " given)");
    if (min == 1)
      raiseTypeError(I, name + "() takes exactly one argument (" + std::to_string(n) + " given)");
    raiseTypeError(I, name + " expected " + std::to_string(min) + " arguments, got " + std::to_string(n));
  }
  if (n < min)
    raiseTypeError(I, name + " expected at least " + std::to_string(min) + " argument" +
                          (min == 1 ? "" : "s") + ", got " + std::to_string(n));
  raiseTypeError(I, name + " expected at most " + std::to_string(max) + " argument" +
                        (max == 1 ? "" : "s") + ", got " + std::to_string(n));
}

void checkNoKeywords(Interp& I, std::string_view fname, CallArgs args) {
  if (args.nkw()) raiseTypeError(I, std::string(fname) + "() takes no keyword arguments");
}

void checkSelfType(Interp& I, Value self, Type* type, std::string_view method) {
  if (isInstance(I, self, type)) return;
  raiseTypeError(I, "descriptor '" + std::string(method) + "' for '" +
                        std::string(type->name->view()) + "' objects doesn't apply to a '" +
                        std::string(typeName(I, self)) + "' object");
}

std::vector<Value> bindArguments(Interp& I, std::string_view fname, CallArgs args,
                                 std::initializer_list<std::string_view> names, size_t required,
                                 size_t positionalOnly) {
  std::vector<Value> bound(names.size());
  std::string name(fname);
  // Argument Clinic's checks, in its order: too many in all, then too few positional-only.
  size_t given = args.nargs + args.nkw();
  if (given > names.size())
    raiseTypeError(I, name + "() takes at most " + std::to_string(names.size()) + " " +
                          (args.nargs == 0 ? "keyword " : "") + "argument" +
                          (names.size() == 1 ? "" : "s") + " (" + std::to_string(given) +
                          " given)");
  size_t minPositionalOnly = std::min(required, positionalOnly);
  if (args.nargs < minPositionalOnly)
    raiseTypeError(
        I, name + "() takes " + (minPositionalOnly < names.size() ? "at least " : "exactly ") +
               std::to_string(minPositionalOnly) + " positional argument" +
               (minPositionalOnly == 1 ? "" : "s") + " (" + std::to_string(args.nargs) + " given)");
  for (size_t i = 0; i < args.nargs; ++i) bound[i] = args.args[i];
  for (size_t k = 0; k < args.nkw(); ++k) {
    std::string_view key = strView(args.kwnames->item(static_cast<int64_t>(k)));
    size_t index = 0;
    bool found = false;
    for (std::string_view n : names) {
      if (n == key && index >= positionalOnly) {
        found = true;
        break;
      }
      ++index;
    }
    if (!found)
      raiseTypeError(I, "'" + std::string(key) + "' is an invalid keyword argument for " + name + "()");
    if (bound[index])
      raiseTypeError(I, "argument for " + name + "() given by name ('" + std::string(key) +
                            "') and position (" + std::to_string(index + 1) + ")");
    bound[index] = args.kwValue(k);
  }
  for (size_t i = 0; i < required; ++i) {
    if (!bound[i]) {
      raiseTypeError(I, name + "() missing required argument '" + std::string(*(names.begin() + i)) +
                            "' (pos " + std::to_string(i + 1) + ")");
    }
  }
  return bound;
}

}  // namespace rw
