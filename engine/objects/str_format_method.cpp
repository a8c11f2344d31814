// str.format and str.format_map: replacement fields {name.attr[key]!conversion:spec} with
// automatic or manual numbering and one level of nested fields in the spec, following
// CPython's Objects/stringlib/unicode_format.h (its parsing order decides which error wins).
#include <cstdio>

#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/str_internal.h"
#include "objects/tuple.h"
#include "runtime/format.h"
#include "runtime/protocols.h"
#include "support/utf8.h"
#include "unicode/unicode_db.h"

namespace rw {

namespace {

using str_impl::asStr;

// The parts of one replacement field, as byte ranges of the format string.
struct Field {
  std::string_view name;
  std::string_view spec;
  char32_t conversion = 0;
  bool specHasFields = false;
};

// Non-negative decimal value of `text` (any Unicode decimal digits), or -1 when it is empty
// or not all digits.
int64_t fieldIndex(Interp& I, std::string_view text) {
  if (text.empty()) return -1;
  int64_t value = 0;
  for (size_t p = 0; p < text.size();) {
    int digit = unicode::decimalValue(support::decodeUtf8(text, p));
    if (digit < 0) return -1;
    if (value > (INT64_MAX - digit) / 10)
      raiseValueError(I, "Too many decimal digits in format string");
    value = value * 10 + digit;
  }
  return value;
}

class FormatBuilder {
 public:
  FormatBuilder(Interp& I, Tuple* args, Value kwargs) : I_(I), args_(args), kwargs_(kwargs) {}

  // Appends the expansion of `text` to `out`; `depth` bounds nesting in specs.
  void build(std::string_view text, int depth, std::string& out) {
    if (depth <= 0) raiseValueError(I_, "Max string recursion exceeded");
    size_t pos = 0;
    while (pos < text.size()) {
      size_t start = pos;
      char brace = 0;
      while (pos < text.size()) {
        char c = text[pos++];
        if (c == '{' || c == '}') {
          brace = c;
          break;
        }
      }
      bool atEnd = pos >= text.size();
      size_t literalEnd = pos;
      bool fieldFollows = brace != 0;
      if (brace == '}' && (atEnd || text[pos] != '}'))
        raiseValueError(I_, "Single '}' encountered in format string");
      if (brace == '{' && atEnd) raiseValueError(I_, "Single '{' encountered in format string");
      if (brace && text[pos] == brace) {
        ++pos;  // a doubled brace is literal text
        fieldFollows = false;
      } else if (brace) {
        --literalEnd;
      }
      out.append(text.substr(start, literalEnd - start));
      if (fieldFollows) {
        Field field = parseField(text, pos);
        render(field, depth, out);
      }
    }
  }

 private:
  Field parseField(std::string_view text, size_t& pos) {
    Field f;
    size_t nameStart = pos;
    char c = 0;
    while (pos < text.size()) {
      c = text[pos++];
      if (c == '{') raiseValueError(I_, "unexpected '{' in field name");
      if (c == '[') {
        while (pos < text.size() && text[pos] != ']')
          ++pos;
        continue;
      }
      if (c == '}' || c == ':' || c == '!') break;
    }
    f.name = text.substr(nameStart, pos - 1 - nameStart);
    if (c == '!' || c == ':') {
      if (c == '!') {
        if (pos >= text.size())
          raiseValueError(I_, "end of string while looking for conversion specifier");
        f.conversion = support::decodeUtf8(text, pos);
        if (pos < text.size()) {
          char next = text[pos++];
          if (next == '}') return f;
          if (next != ':') raiseValueError(I_, "expected ':' after conversion specifier");
        }
      }
      size_t specStart = pos;
      int depth = 1;
      while (pos < text.size()) {
        char s = text[pos++];
        if (s == '{') {
          f.specHasFields = true;
          ++depth;
        } else if (s == '}' && --depth == 0) {
          f.spec = text.substr(specStart, pos - 1 - specStart);
          return f;
        }
      }
      raiseValueError(I_, "unmatched '{' in format spec");
    }
    if (c != '}') raiseValueError(I_, "expected '}' before end of string");
    return f;
  }

  // The object a field name designates: an argument, then .attribute and [key] steps.
  Value lookUp(std::string_view name) {
    size_t firstEnd = name.find_first_of(".[");
    if (firstEnd == std::string_view::npos) firstEnd = name.size();
    std::string_view first = name.substr(0, firstEnd);
    int64_t index = fieldIndex(I_, first);
    bool numeric = first.empty() || index != -1;
    if (numeric) {
      if (numbering_ == Numbering::None)
        numbering_ = first.empty() ? Numbering::Auto : Numbering::Manual;
      if (numbering_ == Numbering::Manual && first.empty())
        raiseValueError(
            I_, "cannot switch from manual field specification to automatic field numbering");
      if (numbering_ == Numbering::Auto && !first.empty())
        raiseValueError(
            I_, "cannot switch from automatic field numbering to manual field specification");
      if (first.empty()) index = nextAutoIndex_++;
    }
    Ref obj;
    if (index == -1) {
      Ref key = Ref::steal(strValue(I_, first));
      if (!kwargs_) {
        I_.raise(newException(I_, I_.exc.KeyError, newTupleOf(I_, {key.get()})));
      }
      obj = Ref::steal(getItem(I_, kwargs_, key.get()));
    } else {
      if (!args_) raiseValueError(I_, "Format string contains positional fields");
      if (index >= args_->size) {
        char buffer[96];
        std::snprintf(buffer, sizeof buffer,
                      "Replacement index %lld out of range for positional args tuple",
                      static_cast<long long>(index));
        raiseError(I_, I_.exc.IndexError, buffer);
      }
      obj = Ref::borrow(args_->item(index));
    }
    size_t pos = firstEnd;
    while (pos < name.size()) {
      char c = name[pos++];
      std::string_view part;
      bool attribute = c == '.';
      if (attribute) {
        size_t end = name.find_first_of(".[", pos);
        if (end == std::string_view::npos) end = name.size();
        part = name.substr(pos, end - pos);
        pos = end;
      } else if (c == '[') {
        size_t end = name.find(']', pos);
        if (end == std::string_view::npos) raiseValueError(I_, "Missing ']' in format string");
        part = name.substr(pos, end - pos);
        pos = end + 1;
      } else {
        raiseValueError(I_, "Only '.' or '[' may follow ']' in format field specifier");
      }
      if (part.empty()) raiseValueError(I_, "Empty attribute in format string");
      if (attribute) {
        Str* attrName = I_.intern(part);
        obj = Ref::steal(getAttr(I_, obj.get(), attrName));
        continue;
      }
      int64_t itemIndex = fieldIndex(I_, part);
      Ref key = Ref::steal(itemIndex == -1 ? strValue(I_, part) : newInt(I_, itemIndex));
      obj = Ref::steal(getItem(I_, obj.get(), key.get()));
    }
    return obj.release();
  }

  void render(const Field& field, int depth, std::string& out) {
    Ref obj = Ref::steal(lookUp(field.name));
    switch (field.conversion) {
      case 0:
        break;
      case 'r':
        obj = Ref::steal(repr(I_, obj.get()));
        break;
      case 's':
        obj = Ref::steal(str(I_, obj.get()));
        break;
      case 'a':
        obj = Ref::steal(asciiRepr(I_, obj.get()));
        break;
      default: {
        char buffer[64];
        if (field.conversion > 32 && field.conversion < 127)
          std::snprintf(buffer, sizeof buffer, "Unknown conversion specifier %c",
                        static_cast<char>(field.conversion));
        else
          std::snprintf(buffer, sizeof buffer, "Unknown conversion specifier \\x%x",
                        static_cast<unsigned>(field.conversion));
        raiseValueError(I_, buffer);
      }
    }
    std::string expandedSpec;
    std::string_view spec = field.spec;
    if (field.specHasFields) {
      build(field.spec, depth - 1, expandedSpec);
      spec = expandedSpec;
    }
    if (spec.empty() && isType(I_, obj.get(), I_.types.str)) {
      out.append(strView(obj.get()));
      return;
    }
    Ref text = Ref::steal(format(I_, obj.get(), spec));
    out.append(strView(text.get()));
  }

  enum class Numbering { None, Auto, Manual };

  Interp& I_;
  Tuple* args_;   // null for format_map
  Value kwargs_;  // null when format() got no keyword arguments
  Numbering numbering_ = Numbering::None;
  int64_t nextAutoIndex_ = 0;
};

// PEP 3101: a field may nest fields in its spec, one level deep.
constexpr int kMaxFormatDepth = 2;

Value strFormat(Interp& I, Value self, CallArgs args) {
  Ref positional = Ref::steal(Value(newTupleFrom(I, args.args, static_cast<int64_t>(args.nargs))));
  Ref keywords;
  if (args.nkw()) {
    keywords = Ref::steal(Value(newDict(I)));
    for (size_t i = 0; i < args.nkw(); ++i)
      dictSet(I, keywords.as<Dict>(), args.kwnames->item(static_cast<int64_t>(i)), args.kwValue(i));
  }
  return strFormatMethod(I, asStr(self), positional.as<Tuple>(), keywords.get());
}

Value strFormatMap(Interp& I, Value self, CallArgs args) {
  Value mapping = str_impl::checkOneArg(I, "str.format_map", args);
  return strFormatMethod(I, asStr(self), nullptr, mapping);
}

}  // namespace

Value strFormatMethod(Interp& I, Str* format, Tuple* args, Value kwargs) {
  std::string out;
  out.reserve(static_cast<size_t>(format->byteLength) + 16);
  FormatBuilder(I, args, kwargs).build(format->view(), kMaxFormatDepth, out);
  return strValue(I, out);
}

namespace str_impl {

void registerStrFormatMethods(Interp& I) {
  Type* t = I.types.str;
  addMethod(I, t, "format", strFormat);
  addMethod(I, t, "format_map", strFormatMap);
}

}  // namespace str_impl

}  // namespace rw
