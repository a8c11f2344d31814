#include "objects/format_methods.h"

#include <string>

#include "objects/function.h"
#include "objects/str.h"
#include "runtime/format.h"
#include "runtime/protocols.h"
#include "runtime/type_support.h"

namespace rw {

namespace {

std::string_view specArgument(Interp& I, CallArgs args) {
  checkArgCount(I, "__format__", args, 1, 1);
  if (!isInstance(I, args.args[0], I.types.str))
    raiseTypeError(
        I, "__format__() argument must be str, not " + std::string(typeName(I, args.args[0])));
  return strView(args.args[0]);
}

// object.__format__: only the empty spec, which means str(self).
Value objectFormat(Interp& I, Value self, CallArgs args) {
  if (!specArgument(I, args).empty())
    raiseTypeError(
        I, "unsupported format string passed to " + std::string(typeName(I, self)) + ".__format__");
  return str(I, self);
}

// int.__format__ and float.__format__ format the plain value (so that a subclass's own
// __format__ calling them cannot recurse); the empty spec means str(self), like CPython's.
Value formatAs(Interp& I, Value self, CallArgs args, Type* type, const char* method) {
  checkSelfType(I, self, type, method);
  std::string_view spec = specArgument(I, args);
  if (spec.empty()) return str(I, self);
  Ref plain = Ref::steal(call(I, Value(type), {self}));
  return format(I, plain.get(), spec);
}

Value intFormat(Interp& I, Value self, CallArgs args) {
  return formatAs(I, self, args, I.types.int_, "__format__");
}

Value floatFormat(Interp& I, Value self, CallArgs args) {
  return formatAs(I, self, args, I.types.float_, "__format__");
}

}  // namespace

void addFormatMethods(Interp& I) {
  addMethod(I, I.types.object, "__format__", objectFormat, "Default object formatter.");
  addMethod(I, I.types.int_, "__format__", intFormat,
            "Convert to a string according to format_spec.");
  addMethod(I, I.types.float_, "__format__", floatFormat,
            "Formats the float according to format_spec.");
}

}  // namespace rw
