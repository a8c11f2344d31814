// The unicodedata module: character names (name, lookup), categories and digit values, from
// the same Unicode 14.0.0 tables CPython 3.11 uses, with its messages.
#include "modules/module_support.h"
#include "modules/native_modules.h"
#include "objects/byte_string.h"
#include "objects/exception.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/str_internal.h"
#include "objects/tuple.h"
#include "runtime/protocols.h"
#include "support/utf8.h"
#include "unicode/unicode_names.h"

namespace rw {
namespace {

// The single character a function takes as its first argument: Argument Clinic's messages
// ("name() argument 1 must be a unicode character, not str" for the wrong length too).
unicode::CodePoint characterArg(Interp& I, const char* fname, Value v, bool numbered) {
  if (isInstance(I, v, I.types.str) && str_impl::asStr(v)->length == 1)
    return str_impl::asStr(v)->at(0);
  raiseTypeError(I, std::string(fname) + "() argument " + (numbered ? "1 " : "") +
                        "must be a unicode character, not " + std::string(typeName(I, v)));
}

Value unicodedataName(Interp& I, Value, CallArgs args) {
  checkPositional(I, "name", args, 1, 2);
  std::optional<std::string> name = unicode::characterName(characterArg(I, "name", args.args[0], true));
  if (name) return strValue(I, *name);
  if (args.nargs == 2) return newRef(args.args[1]);
  raiseValueError(I, "no such name");
}

[[noreturn]] void raiseKeyError(Interp& I, const std::string& text) {
  Ref message = Ref::steal(strValue(I, text));
  I.raise(newException(I, I.exc.KeyError, newTupleOf(I, {message.get()})));
}

Value unicodedataLookup(Interp& I, Value, CallArgs args) {
  checkPositional(I, "lookup", args, 1, 1);
  Value arg = args.args[0];
  std::string_view name =
      isInstance(I, arg, I.types.str) ? strView(arg) : bytesLikeArgument(I, arg);
  // CPython refuses names longer than its longest, before looking.
  constexpr size_t kNameMaximum = 256;
  if (name.size() > kNameMaximum) raiseKeyError(I, "name too long");
  std::optional<unicode::CodePoint> c = unicode::lookupName(name);
  if (!c) raiseKeyError(I, "undefined character name '" + std::string(name) + "'");
  std::string text;
  support::appendUtf8(*c, text);
  return strValue(I, text);
}

Value unicodedataCategory(Interp& I, Value, CallArgs args) {
  checkPositional(I, "category", args, 1, 1);
  return strValue(I, unicode::category(characterArg(I, "category", args.args[0], false)));
}

Value digitLike(Interp& I, CallArgs args, const char* fname, int (*value)(unicode::CodePoint),
                const char* failure) {
  checkPositional(I, fname, args, 1, 2);
  int digit = value(characterArg(I, fname, args.args[0], true));
  if (digit >= 0) return Value::smallInt(digit);
  if (args.nargs == 2) return newRef(args.args[1]);
  raiseValueError(I, failure);
}

Value unicodedataDecimal(Interp& I, Value, CallArgs args) {
  return digitLike(I, args, "decimal", unicode::decimalValue, "not a decimal");
}

Value unicodedataDigit(Interp& I, Value, CallArgs args) {
  return digitLike(I, args, "digit", unicode::digitValue, "not a digit");
}

}  // namespace

void initUnicodedataModule(Interp& I, Module* module) {
  addModuleFunction(I, module, "name", unicodedataName);
  addModuleFunction(I, module, "lookup", unicodedataLookup);
  addModuleFunction(I, module, "category", unicodedataCategory);
  addModuleFunction(I, module, "decimal", unicodedataDecimal);
  addModuleFunction(I, module, "digit", unicodedataDigit);
  Ref version = Ref::steal(strValue(I, "14.0.0"));
  addModuleValue(I, module, "unidata_version", version.get());
}

}  // namespace rw
