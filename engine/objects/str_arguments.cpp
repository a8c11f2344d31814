// Argument conversion for str's methods, with the messages CPython 3.11 gives (which differ
// between Argument Clinic, METH_NOARGS/METH_O and PyArg_ParseTuple methods).
#include <climits>

#include "objects/exception.h"
#include "objects/int.h"
#include "objects/str_internal.h"
#include "objects/tuple.h"
#include "runtime/protocols.h"

namespace rw::str_impl {

namespace {

void checkNoKeywordArgs(Interp& I, const char* qualified, CallArgs args) {
  if (args.nkw()) raiseTypeError(I, std::string(qualified) + "() takes no keyword arguments");
}

std::string plural(size_t n, const char* word) {
  return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

}  // namespace

void checkNoArgs(Interp& I, const char* qualified, CallArgs args) {
  checkNoKeywordArgs(I, qualified, args);
  if (args.nargs)
    raiseTypeError(I, std::string(qualified) + "() takes no arguments (" +
                          std::to_string(args.nargs) + " given)");
}

Value checkOneArg(Interp& I, const char* qualified, CallArgs args) {
  checkNoKeywordArgs(I, qualified, args);
  if (args.nargs != 1)
    raiseTypeError(I, std::string(qualified) + "() takes exactly one argument (" +
                          std::to_string(args.nargs) + " given)");
  return args.args[0];
}

void checkPositional(Interp& I, const char* name, const char* qualified, CallArgs args, size_t min,
                     size_t max) {
  checkNoKeywordArgs(I, qualified, args);
  size_t n = args.nargs;
  if (n < min)
    raiseTypeError(I, std::string(name) + " expected " + (min == max ? "" : "at least ") +
                          plural(min, "argument") + ", got " + std::to_string(n));
  if (n > max)
    raiseTypeError(I, std::string(name) + " expected " + (min == max ? "" : "at most ") +
                          plural(max, "argument") + ", got " + std::to_string(n));
}

void checkVarargs(Interp& I, const char* name, const char* qualified, CallArgs args, size_t min,
                  size_t max) {
  checkNoKeywordArgs(I, qualified, args);
  size_t n = args.nargs;
  if (n < min)
    raiseTypeError(I, std::string(name) + "() takes at least " + plural(min, "argument") + " (" +
                          std::to_string(n) + " given)");
  if (n > max)
    raiseTypeError(I, std::string(name) + "() takes at most " + plural(max, "argument") + " (" +
                          std::to_string(n) + " given)");
}

int64_t ssizeArg(Interp& I, Value v) {
  if (v.isSmallInt()) return v.asSmallInt();
  Ref i = Ref::steal(index(I, v));
  int64_t out;
  if (!intToInt64(i.get(), out))
    raiseError(I, I.exc.OverflowError, "Python int too large to convert to C ssize_t");
  return out;
}

int intArg(Interp& I, Value v) {
  Ref i = Ref::steal(index(I, v));
  int64_t out;
  if (!intToInt64(i.get(), out) || out < INT_MIN || out > INT_MAX)
    raiseError(I, I.exc.OverflowError, "Python int too large to convert to C int");
  return static_cast<int>(out);
}

int64_t sliceIndexArg(Interp& I, Value v, int64_t fallback) {
  if (v.isSmallInt()) return v.asSmallInt();
  if (v.is(I.None())) return fallback;
  if (!typeOf(I, v)->index)
    raiseTypeError(I, "slice indices must be integers or None or have an __index__ method");
  Ref i = Ref::steal(index(I, v));
  int64_t out;
  if (intToInt64(i.get(), out)) return out;
  return toBigInt(i.get()).isNegative() ? INT64_MIN : INT64_MAX;
}

void adjustIndices(int64_t length, int64_t& start, int64_t& end) {
  if (end > length) {
    end = length;
  } else if (end < 0) {
    end += length;
    if (end < 0) end = 0;
  }
  if (start < 0) {
    start += length;
    if (start < 0) start = 0;
  }
}

char32_t fillCharArg(Interp& I, Value v) {
  if (!isInstance(I, v, I.types.str))
    raiseTypeError(
        I, "The fill character must be a unicode character, not " + std::string(typeName(I, v)));
  Str* s = asStr(v);
  if (s->length != 1) raiseTypeError(I, "The fill character must be exactly one character long");
  return s->at(0);
}

void checkResultSize(Interp& I, int64_t bytes) {
  // Far beyond any real program; refusing early keeps a typo like 'x' * 10**12 from
  // exhausting the machine.
  constexpr int64_t kMaxStrBytes = int64_t{1} << 34;
  if (bytes > kMaxStrBytes) I.raise(newException(I, I.exc.MemoryError, newTuple(I, 0)));
}

}  // namespace rw::str_impl
