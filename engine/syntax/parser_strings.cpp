// Adjacent string literals -> one Constant or JoinedStr, with f-strings split into literal
// parts and FormattedValue nodes, following CPython 3.11's string_parser.c: an f-string
// arrives as one STRING token, its expressions are found by scanning, and each is parsed by a
// parser of its own over "(expression)" whose positions are shifted to where the expression
// sits in the source. Literal parts and FormattedValues span the whole concatenation, a
// format spec's JoinedStr spans its token, as in CPython 3.11.
#include "syntax/parser_internal.h"
#include "syntax/string_literals.h"
#include "syntax/tokenizer.h"

namespace rw::syntax::detail {

class FStringBuilder {
 public:
  FStringBuilder(Parser& parser, size_t first, size_t last)
      : parser_(parser), first_(first), last_(last) {}

  // A plain str literal: joins the pending literal text.
  void addLiteral(std::string_view text) {
    if (text.empty()) return;
    if (!pending_) pending_.emplace();
    *pending_ += text;
  }

  // _PyPegen_FstringParser_ConcatFstring over body[pos, end).
  void addFString(std::string_view body, size_t& pos, size_t end, bool raw, int level,
                  size_t token) {
    formatted_ = true;
    for (;;) {
      std::optional<std::string> literal;
      std::optional<std::string> debugText;
      Expr* expression = nullptr;
      int result =
          findLiteralAndExpr(body, pos, end, raw, level, token, literal, debugText, expression);
      if (literal) addLiteral(*literal);
      if (debugText) addLiteral(*debugText);
      if (result == 1) continue;
      if (!expression) break;
      if (pending_) values_.push_back(takeConstant(first_, last_));
      values_.push_back(expression);
    }
    if (level == 0 && pos + 1 < end) raise("f-string: unexpected end of string");
    if (level != 0 && (pos >= end || body[pos] != '}')) raise("f-string: expecting '}'");
  }

  // _PyPegen_FstringParser_Finish: the Constant or JoinedStr spanning tokens [from, to].
  Expr* finish(size_t from, size_t to) {
    if (!formatted_) {
      if (!pending_) pending_.emplace();
      return takeConstant(from, to);
    }
    if (pending_) values_.push_back(takeConstant(from, to));
    JoinedStr* joined = parser_.makeUnplaced<JoinedStr>();
    joined->values = std::move(values_);
    joined->span = spanOf(from, to);
    return joined;
  }

 private:
  [[noreturn]] void raise(const std::string& message) { parser_.raiseAtLastToken(message); }

  Span spanOf(size_t from, size_t to) const {
    const Token& a = *parser_.tokens_[from].token;
    const Token& b = *parser_.tokens_[to].token;
    return {a.start.line, a.start.byteCol, b.end.line, b.end.byteCol};
  }

  Constant* takeConstant(size_t from, size_t to) {
    Constant* c = parser_.makeUnplaced<Constant>();
    c->value.kind = ConstantValue::Kind::Str;
    c->value.text = std::move(*pending_);
    pending_.reset();
    if (splitStringLiteral(parser_.tokens_[from].token->text).uPrefix) c->kind_ = "u";
    c->span = spanOf(from, to);
    return c;
  }

  std::string decodeLiteral(std::string_view text, bool raw) {
    std::string error;
    std::optional<std::string> decoded = decodeStringBody(text, raw, error);
    if (!decoded) raise(error);
    return *decoded;
  }

  // fstring_find_literal: the literal text up to the next expression. Returns 1 when the
  // literal ended at a doubled brace and scanning continues after it.
  int findLiteral(std::string_view body, size_t& pos, size_t end, bool raw, int level,
                  std::optional<std::string>& literal) {
    size_t s = pos;
    size_t literalStart = s;
    int result = 0;
    bool doubled = false;
    while (s < end) {
      char ch = body[s++];
      if (!raw && ch == '\\' && s < end) {
        ch = body[s++];
        if (ch == 'N') {
          if (s < end && body[s++] == '{') {
            while (s < end && body[s++] != '}') {
            }
            continue;
          }
          break;
        }
      }
      if (ch == '{' || ch == '}') {
        if (level == 0) {
          if (s < end && body[s] == ch) {
            pos = s + 1;
            result = 1;
            doubled = true;
            break;
          }
          if (ch == '}') {
            pos = s - 1;
            raise("f-string: single '}' is not allowed");
          }
        }
        --s;
        break;
      }
    }
    if (!doubled) pos = s;
    if (literalStart != s)
      literal = decodeLiteral(body.substr(literalStart, s - literalStart), raw);
    return result;
  }

  // fstring_find_literal_and_expr
  int findLiteralAndExpr(std::string_view body, size_t& pos, size_t end, bool raw, int level,
                         size_t token, std::optional<std::string>& literal,
                         std::optional<std::string>& debugText, Expr*& expression) {
    int result = findLiteral(body, pos, end, raw, level, literal);
    if (result == 1) return 1;
    if (pos >= end || body[pos] == '}') return 0;
    findExpr(body, pos, end, raw, level, token, debugText, expression);
    return 0;
  }

  // fstring_find_expr: the replacement field starting at body[pos] == '{'.
  void findExpr(std::string_view body, size_t& pos, size_t end, bool raw, int level, size_t token,
                std::optional<std::string>& debugText, Expr*& expression) {
    if (level >= 2) raise("f-string: expressions nested too deeply");
    ++pos;
    size_t exprStart = pos;
    char quote = 0;
    int stringType = 0;
    std::string parens;
    for (; pos < end; ++pos) {
      char ch = body[pos];
      if (ch == '\\') raise("f-string expression part cannot include a backslash");
      if (quote) {
        if (ch == quote) {
          if (stringType == 3) {
            if (pos + 2 < end && body[pos + 1] == ch && body[pos + 2] == ch) {
              pos += 2;
              stringType = 0;
              quote = 0;
            }
          } else {
            stringType = 0;
            quote = 0;
          }
        }
      } else if (ch == '\'' || ch == '"') {
        if (pos + 2 < end && body[pos + 1] == ch && body[pos + 2] == ch) {
          stringType = 3;
          pos += 2;
        } else {
          stringType = 1;
        }
        quote = ch;
      } else if (ch == '[' || ch == '{' || ch == '(') {
        if (parens.size() >= 200) raise("f-string: too many nested parenthesis");
        parens += ch;
      } else if (ch == '#') {
        raise("f-string expression part cannot include '#'");
      } else if (parens.empty() &&
                 (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<')) {
        if (pos + 1 < end) {
          char next = body[pos + 1];
          if (next == '=' && (ch == '!' || ch == '=' || ch == '<' || ch == '>')) {
            ++pos;
            continue;
          }
          if (ch == '>' || ch == '<') continue;
        }
        break;
      } else if (ch == ']' || ch == '}' || ch == ')') {
        if (parens.empty()) raise(std::string("f-string: unmatched '") + ch + "'");
        char opening = parens.back();
        parens.pop_back();
        if (!((opening == '(' && ch == ')') || (opening == '[' && ch == ']') ||
              (opening == '{' && ch == '}'))) {
          raise(std::string("f-string: closing parenthesis '") + ch +
                "' does not match opening parenthesis '" + opening + "'");
        }
      }
    }
    size_t exprEnd = pos;
    if (quote) raise("f-string: unterminated string");
    if (!parens.empty()) raise(std::string("f-string: unmatched '") + parens.back() + "'");
    if (pos >= end) raise("f-string: expecting '}'");
    Expr* value = compileExpression(body, exprStart, exprEnd, token);
    if (body[pos] == '=') {
      ++pos;
      while (pos < body.size() && isAsciiSpace(body[pos]))
        ++pos;
      debugText = std::string(body.substr(exprStart, pos - exprStart));
    }
    int conversion = -1;
    if (pos < end && body[pos] == '!') {
      ++pos;
      if (pos >= end) raise("f-string: expecting '}'");
      conversion = static_cast<unsigned char>(body[pos++]);
      if (conversion != 's' && conversion != 'r' && conversion != 'a') {
        raise("f-string: invalid conversion character: expected 's', 'r', or 'a'");
      }
    }
    if (pos >= end) raise("f-string: expecting '}'");
    Expr* formatSpec = nullptr;
    if (body[pos] == ':') {
      ++pos;
      if (pos >= end) raise("f-string: expecting '}'");
      FStringBuilder spec(parser_, first_, last_);
      spec.addFString(body, pos, end, raw, level + 1, token);
      formatSpec = spec.finish(token, token);
    }
    if (pos >= end || body[pos] != '}') raise("f-string: expecting '}'");
    ++pos;
    if (debugText && !formatSpec && conversion == -1) conversion = 'r';
    FormattedValue* fv = parser_.makeUnplaced<FormattedValue>();
    fv->value = value;
    fv->conversion = conversion;
    fv->format_spec = formatSpec;
    fv->span = spanOf(first_, last_);
    expression = fv;
  }

  static bool isAsciiSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
  }

  // fstring_compile_expr: parses body[start, end) as "(expression)" with a parser of its own.
  Expr* compileExpression(std::string_view body, size_t start, size_t end, size_t token) {
    size_t i = start;
    while (i < end && (body[i] == ' ' || body[i] == '\t' || body[i] == '\n' || body[i] == '\f'))
      ++i;
    if (i == end) {
      char next = end < body.size() ? body[end] : '}';
      if (next == '=' || next == '!' || next == ':') {
        raise(std::string("f-string: expression required before '") + next + "'");
      }
      raise("f-string: empty expression not allowed");
    }

    // Where the expression's first line sits: after the last newline before the '{' (its
    // column on that line), else relative to the token's start. A '{' followed only by
    // blanks up to a newline shifts nothing, as in CPython.
    const Token& t = *parser_.tokens_[token].token;
    std::string_view tokenText = parser_.tokenTextFor(token);
    size_t brace = parser_.bodyOffsetFor(token) + start - 1;
    int lines = 0;
    int cols = 0;
    bool newlineAfterBrace = true;
    for (size_t k = brace + 1; k < tokenText.size() && tokenText[k] != '}' && tokenText[k] != '\n';
         ++k) {
      char c = tokenText[k];
      if (c != ' ' && c != '\t' && c != '\f') {
        newlineAfterBrace = false;
        break;
      }
    }
    if (!newlineAfterBrace) {
      size_t k = brace;
      while (k > 0 && tokenText[k] != '\n')
        --k;
      cols = static_cast<int>(brace - k);
      if (tokenText[k] == '\n') cols -= 1;
    }
    for (size_t k = 0; k < brace; ++k)
      if (tokenText[k] == '\n') ++lines;

    std::string source = "(" + std::string(body.substr(start, end - start)) + ")";
    FStringOrigin origin;
    origin.firstLine = t.start.line + lines;
    origin.firstCol = lines != 0 ? cols : t.start.byteCol + cols;
    TokenizeResult sub = tokenizeUntilError(source, TokenizeMode::Parse, *parser_.source_.filename);
    if (sub.error && sub.error->line == 0) throw SyntaxError(*sub.error);
    std::vector<Token>& tokens = sub.tokens;
    for (Token& tok : tokens) {
      if (tok.end.line == 1) {
        tok.start.byteCol += origin.firstCol;
        tok.end.byteCol += origin.firstCol;
      }
      tok.start.line += origin.firstLine - 1;
      tok.end.line += origin.firstLine - 1;
    }
    if (sub.error) {
      sub.error->line += origin.firstLine - 1;
      if (sub.error->endLine > 0) sub.error->endLine += origin.firstLine - 1;
      Token stop;
      stop.type = TokenType::ERRORTOKEN;
      if (!tokens.empty()) stop.start = stop.end = tokens.back().end;
      tokens.push_back(stop);
    }
    auto& storage = parser_.fstringSources_;
    storage.push_back(std::move(source));
    origin.text = storage.back();
    Parser subParser(std::move(tokens), {origin.text, parser_.source_.filename}, parser_.arena_,
                     parser_.depth_);
    subParser.setFStringOrigin(origin);
    if (sub.error) subParser.setTokenizerError(*sub.error, sub.errorTiming);
    return subParser.parseFStringExpression();
  }

  Parser& parser_;
  size_t first_;
  size_t last_;
  bool formatted_ = false;
  std::optional<std::string> pending_;
  ExprList values_;
};

// The text of a STRING token with CPython's newline translation applied.
std::string_view Parser::tokenTextFor(size_t index) {
  const std::string& text = tokens_[index].token->text;
  if (text.find('\r') == std::string::npos) return text;
  fstringSources_.push_back(normalizeNewlines(text));
  return fstringSources_.back();
}

size_t Parser::bodyOffsetFor(size_t index) {
  return splitStringLiteral(tokens_[index].token->text).bodyOffset;
}

// strings: STRING+, joined by _PyPegen_concatenate_strings.
Expr* Parser::concatenateStrings(size_t first, size_t last) {
  bool bytesMode = false;
  std::string bytes;
  FStringBuilder builder(*this, first, last);
  for (size_t i = first; i <= last; ++i) {
    std::string_view text = tokenTextFor(i);
    StringLiteral literal = splitStringLiteral(text);
    std::optional<std::string> decoded;
    if (!literal.formatted) {
      std::string error;
      if (literal.bytes) {
        for (unsigned char c : literal.body)
          if (c >= 0x80) raiseAtToken(i, "bytes can only contain ASCII literal characters");
        decoded = decodeBytesBody(literal.body, literal.raw, error);
      } else {
        decoded = decodeStringBody(literal.body, literal.raw, error);
      }
      if (!decoded) raiseAtLastToken(error);
    }
    if (i != first && bytesMode != literal.bytes) {
      raiseAtLastToken("cannot mix bytes and nonbytes literals");
    }
    bytesMode = literal.bytes;
    if (literal.formatted) {
      size_t pos = 0;
      builder.addFString(literal.body, pos, literal.body.size(), literal.raw, 0, i);
    } else if (bytesMode) {
      bytes += *decoded;
    } else {
      builder.addLiteral(*decoded);
    }
  }
  if (bytesMode) {
    Constant* c = makeUnplaced<Constant>();
    c->value.kind = ConstantValue::Kind::Bytes;
    c->value.text = std::move(bytes);
    const Token& a = *tokens_[first].token;
    const Token& b = *tokens_[last].token;
    c->span = {a.start.line, a.start.byteCol, b.end.line, b.end.byteCol};
    return c;
  }
  return builder.finish(first, last);
}

}  // namespace rw::syntax::detail
