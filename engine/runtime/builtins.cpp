// The builtins module: functions every program sees without importing anything.
#include "runtime/builtins.h"

#include <cmath>

#include "objects/builtin_iterators.h"
#include "objects/class.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "runtime/frame.h"
#include "objects/float.h"
#include "objects/function.h"
#include "objects/coroutine.h"
#include "objects/generator.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/number_special_methods.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/file.h"
#include "runtime/build_class.h"
#include "runtime/format.h"
#include "runtime/instance_checks.h"
#include "runtime/protocols.h"
#include "runtime/stdio.h"
#include "runtime/type_support.h"
#include "support/float_format.h"
#include "support/utf8.h"

namespace rw {

namespace {

Value builtinPrint(Interp& I, Value, CallArgs args) {
  Value sep, end, file, flush;
  for (size_t i = 0; i < args.nkw(); ++i) {
    std::string_view k = strView(args.kwnames->item(static_cast<int64_t>(i)));
    Value v = args.kwValue(i);
    if (k == "sep")
      sep = v;
    else if (k == "end")
      end = v;
    else if (k == "file")
      file = v;
    else if (k == "flush")
      flush = v;
    else
      raiseTypeError(I, "'" + std::string(k) + "' is an invalid keyword argument for print()");
  }
  auto text = [&](Value v, const char* what, const char* fallback) -> std::string {
    if (!v || v.is(I.None())) return fallback;
    if (!isInstance(I, v, I.types.str))
      raiseTypeError(I, std::string(what) + " must be None or a string, not " +
                            std::string(typeName(I, v)));
    return std::string(strView(v));
  };
  std::string separator = text(sep, "sep", " ");
  std::string terminator = text(end, "end", "\n");
  std::string out;
  for (size_t i = 0; i < args.nargs; ++i) {
    if (i) out += separator;
    out += strString(I, args.args[i]);
  }
  out += terminator;
  Value target = file && !file.is(I.None()) ? file : stdoutStream(I);
  writeToStream(I, target, out);
  if (flush && truthy(I, flush)) flushStream(I, target);
  return I.None();
}

Value builtinLen(Interp& I, Value, CallArgs args) {
  checkNoKeywords(I, "len", args);
  checkArgCount(I, "len", args, 1, 1);
  return newInt(I, length(I, args.args[0]));
}

Value builtinRepr(Interp& I, Value, CallArgs args) {
  checkNoKeywords(I, "repr", args);
  checkArgCount(I, "repr", args, 1, 1);
  return repr(I, args.args[0]);
}

Value builtinAscii(Interp& I, Value, CallArgs args) {
  checkNoKeywords(I, "ascii", args);
  checkArgCount(I, "ascii", args, 1, 1);
  return asciiRepr(I, args.args[0]);
}

Value builtinFormat(Interp& I, Value, CallArgs args) {
  checkArgCount(I, "format", args, 1, 2);
  std::string_view spec;
  if (args.nargs == 2) {
    if (!isInstance(I, args.args[1], I.types.str))
      raiseTypeError(I, "format() argument 2 must be str, not " + std::string(typeName(I, args.args[1])));
    spec = strView(args.args[1]);
  }
  return format(I, args.args[0], spec);
}

Value builtinIsinstance(Interp& I, Value, CallArgs args) {
  checkNoKeywords(I, "isinstance", args);
  checkArgCount(I, "isinstance", args, 2, 2);
  return I.boolean(objectIsInstance(I, args.args[0], args.args[1]));
}

Value builtinIssubclass(Interp& I, Value, CallArgs args) {
  checkNoKeywords(I, "issubclass", args);
  checkArgCount(I, "issubclass", args, 2, 2);
  return I.boolean(objectIsSubclass(I, args.args[0], args.args[1]));
}

Value builtinAbs(Interp& I, Value, CallArgs args) {
  checkNoKeywords(I, "abs", args);
  checkArgCount(I, "abs", args, 1, 1);
  Value v = args.args[0];
  Type* t = typeOf(I, v);
  if (!t->absolute) raiseTypeError(I, "bad operand type for abs(): '" + std::string(t->name->view()) + "'");
  return t->absolute(I, v);
}

Value minMax(Interp& I, CallArgs args, bool wantMax) {
  const char* fname = wantMax ? "max" : "min";
  Value key, defaultValue;
  for (size_t i = 0; i < args.nkw(); ++i) {
    std::string_view k = strView(args.kwnames->item(static_cast<int64_t>(i)));
    if (k == "key")
      key = args.kwValue(i);
    else if (k == "default")
      defaultValue = args.kwValue(i);
    else
      raiseTypeError(I, "'" + std::string(k) + "' is an invalid keyword argument for " + fname + "()");
  }
  if (key && key.is(I.None())) key = Value();
  if (args.nargs == 0)
    raiseTypeError(I, std::string(fname) + " expected at least 1 argument, got 0");
  Ref iterable;
  if (args.nargs == 1) {
    iterable = Ref::borrow(args.args[0]);
  } else {
    if (defaultValue)
      raiseTypeError(I, std::string("Cannot specify a default for ") + fname +
                            "() with multiple positional arguments");
    iterable = Ref::steal(Value(newTupleFrom(I, args.args, static_cast<int64_t>(args.nargs))));
  }
  Ref it = Ref::steal(getIter(I, iterable.get()));
  Ref best, bestKey;
  while (Ref item = Ref::steal(iterNext(I, it.get()))) {
    Ref itemKey = key ? Ref::steal(call(I, key, {item.get()})) : item;
    if (!best || compareBool(I, itemKey.get(), bestKey.get(), wantMax ? CompareOp::Gt : CompareOp::Lt)) {
      best = item;
      bestKey = itemKey;
    }
  }
  if (!best) {
    if (defaultValue) return newRef(defaultValue);
    raiseValueError(I, std::string(fname) + "() arg is an empty sequence");
  }
  return best.release();
}

Value builtinMin(Interp& I, Value, CallArgs args) { return minMax(I, args, false); }
Value builtinMax(Interp& I, Value, CallArgs args) { return minMax(I, args, true); }

Value builtinSum(Interp& I, Value, CallArgs args) {
  std::vector<Value> a = bindArguments(I, "sum", args, {"iterable", "start"}, 1, 1);
  Ref total = a[1] ? Ref::borrow(a[1]) : Ref::steal(Value::smallInt(0));
  if (a[1] && isInstance(I, a[1], I.types.str))
    raiseTypeError(I, "sum() can't sum strings [use ''.join(seq) instead]");
  Ref it = Ref::steal(getIter(I, a[0]));
  while (Ref item = Ref::steal(iterNext(I, it.get())))
    total = Ref::steal(binaryOp(I, total.get(), item.get(), BinaryOp::Add));
  return total.release();
}

Value builtinId(Interp& I, Value, CallArgs args) {
  checkNoKeywords(I, "id", args);
  checkArgCount(I, "id", args, 1, 1);
  Value v = args.args[0];
  if (v.isSmallInt()) {
    // Small ints have no object; give each value its own stable number.
    return newIntFromBig(I, support::BigInt(int64_t{0x500000000000}) +
                                support::BigInt(v.asSmallInt()) * support::BigInt(int64_t{32}));
  }
  return newInt(I, static_cast<int64_t>(0x7f0000000000ull + v.asObject()->serial * 16));
}

Value builtinHash(Interp& I, Value, CallArgs args) {
  checkNoKeywords(I, "hash", args);
  checkArgCount(I, "hash", args, 1, 1);
  return newInt(I, hash(I, args.args[0]));
}

Value builtinIter(Interp& I, Value, CallArgs args) {
  checkNoKeywords(I, "iter", args);
  checkArgCount(I, "iter", args, 1, 2);
  if (args.nargs == 1) return getIter(I, args.args[0]);
  if (!typeOf(I, args.args[0])->call) raiseTypeError(I, "iter(v, w): v must be callable");
  return newCallableIterator(I, args.args[0], args.args[1]);
}

Value builtinNext(Interp& I, Value, CallArgs args) {
  checkNoKeywords(I, "next", args);
  checkArgCount(I, "next", args, 1, 2);
  Value it = args.args[0];
  if (isType(I, it, I.types.generator) && args.nargs == 1)
    return generatorNext(I, static_cast<Generator*>(it.asObject()));
  Type* type = typeOf(I, it);
  if (!type->next) raiseTypeError(I, "'" + std::string(typeName(I, it)) + "' object is not an iterator");
  // A class's __next__ runs directly: its StopIteration goes on as raised, value and all.
  if (hasClassNextSlot(type)) {
    if (args.nargs == 1) return callClassNext(I, it);
    try {
      return callClassNext(I, it);
    } catch (PyException&) {
      if (!isInstance(I, I.pendingException, I.exc.StopIteration)) throw;
      decref(I.takePendingException());
      return newRef(args.args[1]);
    }
  }
  Value v = iterNext(I, it);
  if (v) return v;
  if (args.nargs == 2) return newRef(args.args[1]);
  I.raise(newException(I, I.exc.StopIteration, newTuple(I, 0)));
}

Value builtinCallable(Interp& I, Value, CallArgs args) {
  checkArgCount(I, "callable", args, 1, 1);
  return I.boolean(typeOf(I, args.args[0])->call != nullptr);
}

Str* attributeName(Interp& I, Value v, const char*) {
  if (!isInstance(I, v, I.types.str))
    raiseTypeError(I, "attribute name must be string, not '" + std::string(typeName(I, v)) + "'");
  return I.intern(strView(v));
}

Value builtinGetattr(Interp& I, Value, CallArgs args) {
  checkArgCount(I, "getattr", args, 2, 3);
  Str* name = attributeName(I, args.args[1], "getattr");
  if (args.nargs == 3) {
    Value v = lookupAttr(I, args.args[0], name);
    return v ? v : newRef(args.args[2]);
  }
  return getAttr(I, args.args[0], name);
}

Value builtinSetattr(Interp& I, Value, CallArgs args) {
  checkArgCount(I, "setattr", args, 3, 3);
  setAttr(I, args.args[0], attributeName(I, args.args[1], "setattr"), args.args[2]);
  return I.None();
}

Value builtinDelattr(Interp& I, Value, CallArgs args) {
  checkArgCount(I, "delattr", args, 2, 2);
  delAttr(I, args.args[0], attributeName(I, args.args[1], "delattr"));
  return I.None();
}

Value builtinHasattr(Interp& I, Value, CallArgs args) {
  checkArgCount(I, "hasattr", args, 2, 2);
  Value v = lookupAttr(I, args.args[0], attributeName(I, args.args[1], "hasattr"));
  decref(v);
  return I.boolean(static_cast<bool>(v));
}

Value builtinChr(Interp& I, Value, CallArgs args) {
  checkArgCount(I, "chr", args, 1, 1);
  Ref v = Ref::steal(index(I, args.args[0]));
  int64_t c;
  if (!intToInt64(v.get(), c))
    raiseError(I, I.exc.OverflowError, "Python int too large to convert to C int");
  if (c < 0 || c > 0x10FFFF) raiseValueError(I, "chr() arg not in range(0x110000)");
  return strFromCodePoint(I, static_cast<char32_t>(c));
}

Value builtinOrd(Interp& I, Value, CallArgs args) {
  checkArgCount(I, "ord", args, 1, 1);
  Value v = args.args[0];
  if (!isInstance(I, v, I.types.str))
    raiseTypeError(I, "ord() expected string of length 1, but " + std::string(typeName(I, v)) + " found");
  Str* s = static_cast<Str*>(v.asObject());
  if (s->length != 1)
    raiseTypeError(I, "ord() expected a character, but string of length " + std::to_string(s->length) + " found");
  return newInt(I, s->at(0));
}

Value builtinSorted(Interp& I, Value, CallArgs args) {
  if (args.nargs != 1)
    raiseTypeError(I, "sorted expected 1 argument, got " + std::to_string(args.nargs));
  List* result = newList(I);
  Ref hold = Ref::steal(Value(result));
  listExtend(I, result, args.args[0]);
  Ref sortMethod = Ref::steal(getAttr(I, Value(result), I.intern("sort")));
  Ref none = Ref::steal(call(I, sortMethod.get(), CallArgs{args.args + 1, 0, args.kwnames}));
  return hold.release();
}

Value builtinAnyAll(Interp& I, CallArgs args, bool wantAny) {
  checkArgCount(I, wantAny ? "any" : "all", args, 1, 1);
  Ref it = Ref::steal(getIter(I, args.args[0]));
  while (Ref item = Ref::steal(iterNext(I, it.get()))) {
    if (truthy(I, item.get()) == wantAny) return I.boolean(wantAny);
  }
  return I.boolean(!wantAny);
}
Value builtinAny(Interp& I, Value, CallArgs args) { return builtinAnyAll(I, args, true); }
Value builtinAll(Interp& I, Value, CallArgs args) { return builtinAnyAll(I, args, false); }

Value builtinRound(Interp& I, Value, CallArgs args) {
  std::vector<Value> a = bindArguments(I, "round", args, {"number", "ndigits"}, 1);
  Value number = a[0];
  Type* type = typeOf(I, number);
  if (type == I.types.int_ || type == I.types.bool_) return roundInt(I, number, a[1]);
  if (type == I.types.float_) return roundFloat(I, floatValue(number), a[1]);
  Value method = lookupAttr(I, number, I.intern("__round__"));
  if (!method)
    raiseTypeError(I, "type " + std::string(typeName(I, number)) + " doesn't define __round__ method");
  Ref m = Ref::steal(method);
  if (!a[1] || a[1].is(I.None())) return call(I, m.get(), {});
  return call(I, m.get(), {a[1]});
}

Value builtinDivmod(Interp& I, Value, CallArgs args) {
  checkArgCount(I, "divmod", args, 2, 2);
  Value a = args.args[0], b = args.args[1];
  Ref viaClass = Ref::steal(classDivmod(I, a, b));
  if (viaClass && !viaClass.get().is(Value(I.notImplemented))) return viaClass.release();
  auto isNumber = [&](Value v) { return isInt(I, v) || isInstance(I, v, I.types.float_); };
  if (viaClass || !isNumber(a) || !isNumber(b))
    raiseTypeError(I, "unsupported operand type(s) for divmod(): '" + std::string(typeName(I, a)) + "' and '" +
                          std::string(typeName(I, b)) + "'");
  // float's // and % each have their own message; divmod has its own too.
  bool isFloat = isInstance(I, a, I.types.float_) || isInstance(I, b, I.types.float_);
  if (isFloat && !truthy(I, b)) raiseError(I, I.exc.ZeroDivisionError, "float divmod()");
  Ref q = Ref::steal(binaryOp(I, args.args[0], args.args[1], BinaryOp::FloorDivide));
  Ref r = Ref::steal(binaryOp(I, args.args[0], args.args[1], BinaryOp::Remainder));
  return Value(newTupleOf(I, {q.get(), r.get()}));
}

Value builtinPow(Interp& I, Value, CallArgs args) {
  std::vector<Value> a = bindArguments(I, "pow", args, {"base", "exp", "mod"}, 2);
  if (!a[2] || a[2].is(I.None())) return binaryOp(I, a[0], a[1], BinaryOp::Power);
  // CPython's ternary_op tries the power slot of each operand's type in turn: float's
  // refuses any modulus, complex's refuses it once base and exponent are numbers, and int's
  // takes only three ints.
  auto number = [&](Value v) {
    return isInt(I, v) || isInstance(I, v, I.types.float_) || isInstance(I, v, I.types.complex);
  };
  bool allInts = isInt(I, a[0]) && isInt(I, a[1]) && isInt(I, a[2]);
  for (size_t k = 0; k < 3 && !allInts; ++k) {
    Type* t = typeOf(I, a[k]);
    if ((k > 0 && t == typeOf(I, a[0])) || (k > 1 && t == typeOf(I, a[1]))) continue;
    if (isSubtype(t, I.types.float_))
      raiseTypeError(I, "pow() 3rd argument not allowed unless all arguments are integers");
    if (isSubtype(t, I.types.complex) && number(a[0]) && number(a[1]))
      raiseValueError(I, "complex modulo");
  }
  if (!allInts)
    raiseTypeError(I, "unsupported operand type(s) for ** or pow(): '" +
                          std::string(typeName(I, a[0])) + "', '" + std::string(typeName(I, a[1])) +
                          "', '" + std::string(typeName(I, a[2])) + "'");
  support::BigInt modulus = toBigInt(a[2]);
  if (modulus.isZero()) raiseValueError(I, "pow() 3rd argument cannot be 0");
  return bigIntOp(I, [&] {
    return newIntFromBig(I, support::powMod(toBigInt(a[0]), toBigInt(a[1]), modulus));
  });
}

Value baseString(Interp& I, CallArgs args, const char* fname, int base, const char* prefix) {
  checkArgCount(I, fname, args, 1, 1);
  Ref v = Ref::steal(index(I, args.args[0]));
  support::BigInt n = toBigInt(v.get());
  std::string digits = (n.isNegative() ? -n : n).toString(base);
  return Value(newStr(I, std::string(n.isNegative() ? "-" : "") + prefix + digits));
}
Value builtinBin(Interp& I, Value, CallArgs args) { return baseString(I, args, "bin", 2, "0b"); }
Value builtinOct(Interp& I, Value, CallArgs args) { return baseString(I, args, "oct", 8, "0o"); }
Value builtinHex(Interp& I, Value, CallArgs args) { return baseString(I, args, "hex", 16, "0x"); }

Value builtinInput(Interp& I, Value, CallArgs args) {
  checkArgCount(I, "input", args, 0, 1);
  if (args.nargs) {
    std::string prompt = strString(I, args.args[0]);
    writeToStream(I, stdoutStream(I), prompt);
  }
  flushStream(I, stdoutStream(I));
  std::string line = I.host.readLine();
  if (line.empty()) raiseError(I, I.exc.EOFError, "EOF when reading a line");
  if (line.back() == '\n') line.pop_back();
  if (support::validateUtf8(line)) raiseError(I, I.exc.UnicodeDecodeError, "invalid UTF-8 in input");
  return Value(newStr(I, line));
}

Value builtinGlobals(Interp& I, Value, CallArgs args) {
  checkArgCount(I, "globals", args, 0, 0);
  if (!I.frame) raiseError(I, I.exc.SystemError, "globals() called without a frame");
  return newRef(Value(I.frame->globals));
}

struct BuiltinEntry {
  const char* name;
  NativeFunction fn;
  const char* doc;
};

const BuiltinEntry kBuiltins[] = {
    {"print", builtinPrint, "Prints the values to a stream, or to sys.stdout by default."},
    {"len", builtinLen, "Return the number of items in a container."},
    {"repr", builtinRepr, "Return the canonical string representation of the object."},
    {"ascii", builtinAscii, "Return an ASCII-only representation of an object."},
    {"format", builtinFormat, "Return type(value).__format__(value, format_spec)"},
    {"isinstance", builtinIsinstance, "Return whether an object is an instance of a class."},
    {"issubclass", builtinIssubclass, "Return whether 'cls' is derived from another class."},
    {"abs", builtinAbs, "Return the absolute value of the argument."},
    {"min", builtinMin, "Return the smallest item of an iterable or of the arguments."},
    {"max", builtinMax, "Return the largest item of an iterable or of the arguments."},
    {"sum", builtinSum, "Return the sum of a 'start' value (default: 0) plus an iterable."},
    {"id", builtinId, "Return the identity of an object."},
    {"hash", builtinHash, "Return the hash value for the given object."},
    {"iter", builtinIter, "Get an iterator from an object."},
    {"next", builtinNext, "Return the next item from the iterator."},
    {"aiter", builtinAiter, "Return an AsyncIterator for an AsyncIterable object."},
    {"anext", builtinAnext, "Return the next item from the async iterator."},
    {"callable", builtinCallable, "Return whether the object is callable."},
    {"getattr", builtinGetattr, "Get a named attribute from an object."},
    {"setattr", builtinSetattr, "Sets the named attribute on the given object."},
    {"delattr", builtinDelattr, "Deletes the named attribute from the given object."},
    {"hasattr", builtinHasattr, "Return whether the object has an attribute with the given name."},
    {"chr", builtinChr, "Return a Unicode string of one character with ordinal i."},
    {"ord", builtinOrd, "Return the Unicode code point for a one-character string."},
    {"sorted", builtinSorted, "Return a new list containing all items from the iterable in ascending order."},
    {"any", builtinAny, "Return True if bool(x) is True for any x in the iterable."},
    {"all", builtinAll, "Return True if bool(x) is True for all values x in the iterable."},
    {"round", builtinRound, "Round a number to a given precision in decimal digits."},
    {"divmod", builtinDivmod, "Return the tuple (x//y, x%y)."},
    {"pow", builtinPow, "Equivalent to base**exp with 2 arguments or base**exp % mod with 3 arguments"},
    {"bin", builtinBin, "Return the binary representation of an integer."},
    {"oct", builtinOct, "Return the octal representation of an integer."},
    {"hex", builtinHex, "Return the hexadecimal representation of an integer."},
    {"input", builtinInput, "Read a string from standard input."},
    {"globals", builtinGlobals, "Return the dictionary containing the current scope's global variables."},
};

}  // namespace

void populateBuiltins(Interp& I) {
  Dict* d = I.builtins;
  for (const BuiltinEntry& e : kBuiltins) {
    std::string registry = std::string("builtins.") + e.name;
    BuiltinFunction* f = newBuiltinFunction(I, e.name, e.fn, Value(I.builtinsModule), nullptr, e.doc);
    I.registerStatic(registry, f);
    dictSetStr(I, d, e.name, Value(f));
    decref(Value(f));
  }
  struct {
    const char* name;
    Type* type;
  } types[] = {{"object", I.types.object}, {"type", I.types.type},   {"int", I.types.int_},
               {"bool", I.types.bool_},    {"float", I.types.float_}, {"str", I.types.str},
               {"tuple", I.types.tuple},   {"list", I.types.list},   {"dict", I.types.dict},
               {"range", I.types.range},   {"slice", I.types.slice},
               {"set", I.types.set},       {"frozenset", I.types.frozenset},
               {"enumerate", I.types.enumerate}, {"zip", I.types.zip},
               {"map", I.types.map},       {"filter", I.types.filter},
               {"reversed", I.types.reversed}, {"bytes", I.types.bytes},
               {"bytearray", I.types.bytearray}, {"complex", I.types.complex}};
  for (auto& t : types) dictSetStr(I, d, t.name, Value(t.type));
  for (auto& [name, type] : {std::pair{"staticmethod", I.types.staticmethod}, std::pair{"classmethod", I.types.classmethod},
                             std::pair{"property", I.types.property}, std::pair{"super", I.types.super}})
    dictSetStr(I, d, name, Value(type));
  BuiltinFunction* buildClassFn = newBuiltinFunction(I, "__build_class__", buildClass, Value(I.builtinsModule), nullptr,
                                                     "Internal helper function used by the class statement.");
  I.registerStatic("builtins.__build_class__", buildClassFn);
  dictSetStr(I, d, "__build_class__", Value(buildClassFn));
  decref(Value(buildClassFn));
#define RW_REGISTER_EXCEPTION(field, pyname, base) dictSetStr(I, d, pyname, Value(I.exc.field));
  RW_EXCEPTION_TYPES(RW_REGISTER_EXCEPTION)
#undef RW_REGISTER_EXCEPTION
  dictSetStr(I, d, "IOError", Value(I.exc.OSError));
  dictSetStr(I, d, "EnvironmentError", Value(I.exc.OSError));
  dictSetStr(I, d, "None", I.None());
  dictSetStr(I, d, "True", I.boolean(true));
  dictSetStr(I, d, "False", I.boolean(false));
  dictSetStr(I, d, "NotImplemented", Value(I.notImplemented));
  dictSetStr(I, d, "Ellipsis", Value(I.ellipsis));
  dictSetStr(I, d, "__debug__", I.boolean(true));
  addDynamicBuiltins(I);
  initFileType(I);
}

std::vector<std::string> builtinNames(Interp& I) {
  Ref module = Ref::steal(Value(newModule(I, "__main__")));
  Dict* moduleDict = module.as<Module>()->dict;
  std::vector<std::string> names;
  int64_t pos = 0;
  const DictEntry* entry = nullptr;
  while (dictNext(I.builtins, pos, entry)) {
    if (!isType(I, entry->key, I.types.str) || dictGet(I, moduleDict, entry->key)) continue;
    names.emplace_back(strView(entry->key));
  }
  return names;
}

}  // namespace rw
