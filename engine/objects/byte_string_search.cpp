// Searching methods of bytes and bytearray: find, rfind, index, rindex, count, startswith,
// endswith, removeprefix and removesuffix (CPython's bytes_methods.c and stringlib).
#include "objects/byte_string_internal.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/str_internal.h"
#include "objects/tuple.h"

namespace rw::bytes_impl {

namespace {

struct SearchArgs {
  std::string needle;
  int64_t start;
  int64_t end;
};

// (sub[, start[, end]]): the indices are converted before sub, like stringlib's
// parse_args_finds; the caller adjusts them to the receiver's length.
SearchArgs parseSearchArgs(Interp& I, Value self, CallArgs args, const char* name) {
  std::string q = qualified(I, self, name);
  str_impl::checkVarargs(I, name, q.c_str(), args, 1, 3);
  int64_t start = args.nargs > 1 ? str_impl::sliceIndexArg(I, args.args[1], 0) : 0;
  int64_t end = args.nargs > 2 ? str_impl::sliceIndexArg(I, args.args[2], INT64_MAX) : INT64_MAX;
  std::string needle = subArgument(I, args.args[0]);
  return {std::move(needle), start, end};
}

// The first (or last) index of the needle inside [start, end), or -1.
int64_t findIn(std::string_view data, SearchArgs a, bool last) {
  str_impl::adjustIndices(static_cast<int64_t>(data.size()), a.start, a.end);
  auto needleSize = static_cast<int64_t>(a.needle.size());
  if (a.end - a.start < needleSize) return -1;
  if (a.needle.empty()) return last ? a.end : a.start;
  std::string_view window =
      data.substr(static_cast<size_t>(a.start), static_cast<size_t>(a.end - a.start));
  size_t found = last ? window.rfind(a.needle) : window.find(a.needle);
  return found == std::string_view::npos ? -1 : a.start + static_cast<int64_t>(found);
}

Value find(Interp& I, Value self, CallArgs args, const char* name, bool last, bool mustFind) {
  SearchArgs a = parseSearchArgs(I, self, args, name);
  int64_t i = findIn(bytesLikeView(I, self), std::move(a), last);
  if (i < 0 && mustFind) raiseValueError(I, "subsection not found");
  return newInt(I, i);
}

Value byteStringFind(Interp& I, Value self, CallArgs args) {
  return find(I, self, args, "find", false, false);
}
Value byteStringRfind(Interp& I, Value self, CallArgs args) {
  return find(I, self, args, "rfind", true, false);
}
Value byteStringIndex(Interp& I, Value self, CallArgs args) {
  return find(I, self, args, "index", false, true);
}
Value byteStringRindex(Interp& I, Value self, CallArgs args) {
  return find(I, self, args, "rindex", true, true);
}

Value byteStringCount(Interp& I, Value self, CallArgs args) {
  SearchArgs a = parseSearchArgs(I, self, args, "count");
  std::string_view data = bytesLikeView(I, self);
  str_impl::adjustIndices(static_cast<int64_t>(data.size()), a.start, a.end);
  auto needleSize = static_cast<int64_t>(a.needle.size());
  if (a.end - a.start < needleSize) return Value::smallInt(0);
  if (a.needle.empty()) return newInt(I, a.end - a.start + 1);
  std::string_view window =
      data.substr(static_cast<size_t>(a.start), static_cast<size_t>(a.end - a.start));
  int64_t n = 0;
  for (size_t p = window.find(a.needle); p != std::string_view::npos;
       p = window.find(a.needle, p + a.needle.size()))
    ++n;
  return newInt(I, n);
}

// ---- startswith / endswith ----------------------------------------------------------------

bool tailMatch(std::string_view data, std::string_view affix, int64_t start, int64_t end,
               bool suffix) {
  auto length = static_cast<int64_t>(data.size());
  str_impl::adjustIndices(length, start, end);
  if (start > length || end - start < static_cast<int64_t>(affix.size())) return false;
  std::string_view window =
      data.substr(static_cast<size_t>(start), static_cast<size_t>(end - start));
  return suffix ? window.ends_with(affix) : window.starts_with(affix);
}

Value affixMatch(Interp& I, Value self, CallArgs args, const char* name, bool suffix) {
  std::string q = qualified(I, self, name);
  str_impl::checkVarargs(I, name, q.c_str(), args, 1, 3);
  int64_t start = args.nargs > 1 ? str_impl::sliceIndexArg(I, args.args[1], 0) : 0;
  int64_t end = args.nargs > 2 ? str_impl::sliceIndexArg(I, args.args[2], INT64_MAX) : INT64_MAX;
  Value what = args.args[0];
  if (isInstance(I, what, I.types.tuple)) {
    auto* t = static_cast<Tuple*>(what.asObject());
    for (int64_t i = 0; i < t->size; ++i) {
      std::string_view affix = bytesLikeArgument(I, t->item(i));
      if (tailMatch(bytesLikeView(I, self), affix, start, end, suffix)) return I.boolean(true);
    }
    return I.boolean(false);
  }
  if (!isBytesLike(I, what))
    raiseTypeError(I, std::string(name) + " first arg must be bytes or a tuple of bytes, not " +
                          std::string(typeName(I, what)));
  return I.boolean(tailMatch(bytesLikeView(I, self), bytesLikeView(I, what), start, end, suffix));
}

Value byteStringStartswith(Interp& I, Value self, CallArgs args) {
  return affixMatch(I, self, args, "startswith", false);
}
Value byteStringEndswith(Interp& I, Value self, CallArgs args) {
  return affixMatch(I, self, args, "endswith", true);
}

// ---- removeprefix / removesuffix ----------------------------------------------------------

Value removeAffix(Interp& I, Value self, CallArgs args, const char* name, bool suffix) {
  std::string q = qualified(I, self, name);
  std::string affix(bytesLikeArgument(I, str_impl::checkOneArg(I, q.c_str(), args)));
  std::string_view data = bytesLikeView(I, self);
  if (affix.empty() || !(suffix ? data.ends_with(affix) : data.starts_with(affix)))
    return unchangedResult(I, self);
  if (suffix) return newResult(I, self, data.substr(0, data.size() - affix.size()));
  return newResult(I, self, data.substr(affix.size()));
}

Value byteStringRemoveprefix(Interp& I, Value self, CallArgs args) {
  return removeAffix(I, self, args, "removeprefix", false);
}
Value byteStringRemovesuffix(Interp& I, Value self, CallArgs args) {
  return removeAffix(I, self, args, "removesuffix", true);
}

}  // namespace

void registerSearchMethods(Interp& I, Type* type) {
  addMethod(I, type, "find", byteStringFind);
  addMethod(I, type, "rfind", byteStringRfind);
  addMethod(I, type, "index", byteStringIndex);
  addMethod(I, type, "rindex", byteStringRindex);
  addMethod(I, type, "count", byteStringCount);
  addMethod(I, type, "startswith", byteStringStartswith);
  addMethod(I, type, "endswith", byteStringEndswith);
  addMethod(I, type, "removeprefix", byteStringRemoveprefix);
  addMethod(I, type, "removesuffix", byteStringRemovesuffix);
}

}  // namespace rw::bytes_impl
