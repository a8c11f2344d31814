// Splitting, joining, stripping and replacing methods of bytes and bytearray: split, rsplit,
// splitlines, partition, rpartition, join, strip, lstrip, rstrip and replace. Pieces have
// the receiver's kind.
#include <algorithm>
#include <bitset>

#include "objects/byte_string_internal.h"
#include "objects/function.h"
#include "objects/list.h"
#include "objects/str_internal.h"
#include "objects/tuple.h"
#include "runtime/type_support.h"

namespace rw::bytes_impl {

namespace {

// Collects pieces of the receiver into a new list; a piece that is the whole of an exact
// bytes is the receiver itself, as in CPython.
class Pieces {
 public:
  Pieces(Interp& I, Value self) : I_(I), self_(self), list_(Ref::steal(Value(newList(I)))) {}
  void add(std::string_view data, size_t from, size_t to) {
    Ref piece = Ref::steal(from == 0 && to == data.size()
                               ? unchangedResult(I_, self_)
                               : newResult(I_, self_, data.substr(from, to - from)));
    listAppend(I_, list_.as<List>(), piece.get());
  }
  void reverse() {
    List* l = list_.as<List>();
    std::reverse(l->items, l->items + l->size);
  }
  Value release() { return list_.release(); }

 private:
  Interp& I_;
  Value self_;
  Ref list_;
};

struct SplitArgs {
  bool whitespace;
  std::string separator;
  int64_t maxsplit;
};

// (sep=None, maxsplit=-1): maxsplit is converted first, as Argument Clinic does.
SplitArgs parseSplitArgs(Interp& I, CallArgs args, const char* name) {
  std::vector<Value> a = bindArguments(I, name, args, {"sep", "maxsplit"}, 0);
  SplitArgs r{true, "", -1};
  if (a[1]) r.maxsplit = str_impl::ssizeArg(I, a[1]);
  if (r.maxsplit < 0) r.maxsplit = INT64_MAX;
  if (a[0] && !a[0].is(I.None())) {
    r.whitespace = false;
    r.separator = std::string(bytesLikeArgument(I, a[0]));
    if (r.separator.empty()) raiseValueError(I, "empty separator");
  }
  return r;
}

Value byteStringSplit(Interp& I, Value self, CallArgs args) {
  SplitArgs a = parseSplitArgs(I, args, "split");
  std::string_view data = bytesLikeView(I, self);
  Pieces pieces(I, self);
  size_t n = data.size(), i = 0;
  if (a.whitespace) {
    for (int64_t splits = 0;; ++splits) {
      while (i < n && isSpace(data[i]))
        ++i;
      if (i == n) break;
      if (splits == a.maxsplit) {
        pieces.add(data, i, n);
        break;
      }
      size_t start = i;
      while (i < n && !isSpace(data[i]))
        ++i;
      pieces.add(data, start, i);
    }
    return pieces.release();
  }
  for (int64_t splits = 0; splits < a.maxsplit; ++splits) {
    size_t found = data.find(a.separator, i);
    if (found == std::string_view::npos) break;
    pieces.add(data, i, found);
    i = found + a.separator.size();
  }
  pieces.add(data, i, n);
  return pieces.release();
}

Value byteStringRsplit(Interp& I, Value self, CallArgs args) {
  SplitArgs a = parseSplitArgs(I, args, "rsplit");
  std::string_view data = bytesLikeView(I, self);
  Pieces pieces(I, self);
  size_t end = data.size();
  if (a.whitespace) {
    for (int64_t splits = 0;; ++splits) {
      while (end > 0 && isSpace(data[end - 1]))
        --end;
      if (end == 0) break;
      if (splits == a.maxsplit) {
        pieces.add(data, 0, end);
        break;
      }
      size_t start = end;
      while (start > 0 && !isSpace(data[start - 1]))
        --start;
      pieces.add(data, start, end);
      end = start;
    }
  } else {
    for (int64_t splits = 0; splits < a.maxsplit && end >= a.separator.size(); ++splits) {
      size_t found = data.substr(0, end).rfind(a.separator);
      if (found == std::string_view::npos) break;
      pieces.add(data, found + a.separator.size(), end);
      end = found;
    }
    pieces.add(data, 0, end);
  }
  pieces.reverse();
  return pieces.release();
}

// Lines end at \n, \r or \r\n (bytes know no other line breaks).
Value byteStringSplitlines(Interp& I, Value self, CallArgs args) {
  std::vector<Value> a = bindArguments(I, "splitlines", args, {"keepends"}, 0);
  bool keepends = a[0] && str_impl::intArg(I, a[0]) != 0;
  std::string_view data = bytesLikeView(I, self);
  Pieces pieces(I, self);
  size_t n = data.size(), i = 0;
  while (i < n) {
    size_t start = i;
    while (i < n && data[i] != '\n' && data[i] != '\r')
      ++i;
    size_t lineEnd = i;
    if (i < n) i += data[i] == '\r' && i + 1 < n && data[i + 1] == '\n' ? 2 : 1;
    pieces.add(data, start, keepends ? i : lineEnd);
  }
  return pieces.release();
}

// ---- partition ----------------------------------------------------------------------------

Value partition(Interp& I, Value self, CallArgs args, const char* name, bool last) {
  std::string q = qualified(I, self, name);
  std::string sep(bytesLikeArgument(I, str_impl::checkOneArg(I, q.c_str(), args)));
  if (sep.empty()) raiseValueError(I, "empty separator");
  std::string_view data = bytesLikeView(I, self);
  size_t found = last ? data.rfind(sep) : data.find(sep);
  Ref parts[3];
  if (found == std::string_view::npos) {
    parts[last ? 2 : 0] = Ref::steal(unchangedResult(I, self));
    parts[1] = Ref::steal(newResult(I, self, ""));
    parts[last ? 0 : 2] = Ref::steal(newResult(I, self, ""));
  } else {
    parts[0] = Ref::steal(newResult(I, self, data.substr(0, found)));
    parts[1] = Ref::steal(newResult(I, self, sep));
    parts[2] = Ref::steal(newResult(I, self, data.substr(found + sep.size())));
  }
  return Value(newTupleOf(I, {parts[0].get(), parts[1].get(), parts[2].get()}));
}

Value byteStringPartition(Interp& I, Value self, CallArgs args) {
  return partition(I, self, args, "partition", false);
}
Value byteStringRpartition(Interp& I, Value self, CallArgs args) {
  return partition(I, self, args, "rpartition", true);
}

// ---- join ---------------------------------------------------------------------------------

Value byteStringJoin(Interp& I, Value self, CallArgs args) {
  std::string q = qualified(I, self, "join");
  Value iterable = str_impl::checkOneArg(I, q.c_str(), args);
  Type* t = typeOf(I, iterable);
  if (!t->iter && !t->getItem) raiseTypeError(I, "can only join an iterable");
  Ref it = Ref::steal(getIter(I, iterable));
  std::string out;
  int64_t count = 0;
  while (Ref item = Ref::steal(iterNext(I, it.get()))) {
    if (!isBytesLike(I, item.get()))
      raiseTypeError(I, "sequence item " + std::to_string(count) +
                            ": expected a bytes-like object, " +
                            std::string(typeName(I, item.get())) + " found");
    if (count++) out += bytesLikeView(I, self);
    out += bytesLikeView(I, item.get());
  }
  return newResult(I, self, out);
}

// ---- strip --------------------------------------------------------------------------------

enum StripSide { kLeft = 1, kRight = 2, kBoth = 3 };

Value strip(Interp& I, Value self, CallArgs args, const char* name, int sides) {
  std::string q = qualified(I, self, name);
  str_impl::checkPositional(I, name, q.c_str(), args, 0, 1);
  Value chars = args.nargs ? args.args[0] : I.None();
  std::bitset<256> set;
  if (chars.is(I.None())) {
    for (int c = 0; c < 256; ++c)
      set[c] = isSpace(static_cast<unsigned char>(c));
  } else {
    for (unsigned char c : bytesLikeArgument(I, chars))
      set.set(c);
  }
  std::string_view data = bytesLikeView(I, self);
  size_t begin = 0, end = data.size();
  if (sides & kLeft)
    while (begin < end && set.test(static_cast<unsigned char>(data[begin])))
      ++begin;
  if (sides & kRight)
    while (end > begin && set.test(static_cast<unsigned char>(data[end - 1])))
      --end;
  if (begin == 0 && end == data.size()) return unchangedResult(I, self);
  return newResult(I, self, data.substr(begin, end - begin));
}

Value byteStringStrip(Interp& I, Value self, CallArgs args) {
  return strip(I, self, args, "strip", kBoth);
}
Value byteStringLstrip(Interp& I, Value self, CallArgs args) {
  return strip(I, self, args, "lstrip", kLeft);
}
Value byteStringRstrip(Interp& I, Value self, CallArgs args) {
  return strip(I, self, args, "rstrip", kRight);
}

// ---- replace ------------------------------------------------------------------------------

Value byteStringReplace(Interp& I, Value self, CallArgs args) {
  std::string q = qualified(I, self, "replace");
  str_impl::checkPositional(I, "replace", q.c_str(), args, 2, 3);
  std::string from(bytesLikeArgument(I, args.args[0]));
  std::string to(bytesLikeArgument(I, args.args[1]));
  int64_t count = args.nargs > 2 ? str_impl::ssizeArg(I, args.args[2]) : -1;
  if (count < 0) count = INT64_MAX;
  std::string_view data = bytesLikeView(I, self);
  // How many replacements there will be, so that a huge result fails before it is built.
  int64_t replacements = 0;
  if (from.empty()) {
    replacements = std::min(count, static_cast<int64_t>(data.size()) + 1);
  } else {
    for (size_t p = data.find(from); p != std::string_view::npos && replacements < count;
         p = data.find(from, p + from.size()))
      ++replacements;
  }
  if (replacements == 0) return unchangedResult(I, self);
  auto dataSize = static_cast<int64_t>(data.size());
  auto grows = static_cast<int64_t>(to.size()) - static_cast<int64_t>(from.size());
  if (grows > 0 && replacements > (INT64_MAX - dataSize) / grows)
    raiseError(I, I.exc.OverflowError, "replace bytes is too long");
  str_impl::checkResultSize(I, dataSize + replacements * grows);
  std::string out;
  if (from.empty()) {
    // The replacement goes before each of the first bytes, and after the last one when
    // the count reaches that far.
    for (int64_t i = 0; i < replacements; ++i) {
      out += to;
      if (i < dataSize) out += data[static_cast<size_t>(i)];
    }
    if (replacements <= dataSize) out.append(data.substr(static_cast<size_t>(replacements)));
  } else {
    size_t i = 0;
    for (int64_t done = 0; done < replacements; ++done) {
      size_t found = data.find(from, i);
      out.append(data.substr(i, found - i));
      out += to;
      i = found + from.size();
    }
    out.append(data.substr(i));
  }
  return newResult(I, self, out);
}

}  // namespace

void registerSplitMethods(Interp& I, Type* type) {
  addMethod(I, type, "split", byteStringSplit);
  addMethod(I, type, "rsplit", byteStringRsplit);
  addMethod(I, type, "splitlines", byteStringSplitlines);
  addMethod(I, type, "partition", byteStringPartition);
  addMethod(I, type, "rpartition", byteStringRpartition);
  addMethod(I, type, "join", byteStringJoin);
  addMethod(I, type, "strip", byteStringStrip);
  addMethod(I, type, "lstrip", byteStringLstrip);
  addMethod(I, type, "rstrip", byteStringRstrip);
  addMethod(I, type, "replace", byteStringReplace);
}

}  // namespace rw::bytes_impl
