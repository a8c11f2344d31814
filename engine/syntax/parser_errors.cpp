// How the parser reports syntax errors: the message, line, offset, end and text CPython 3.11
// gives. CPython derives positions from its C tokenizer's tokens (INDENT, DEDENT and ENDMARKER
// have no column; some errors are placed by where the tokenizer's cursor stands) and converts
// byte columns to character offsets using the text of the error's first line. Those rules are
// reproduced here.
#include <algorithm>

#include "syntax/parser_internal.h"
#include "syntax/source_encoding.h"
#include "syntax/source_text.h"

namespace rw::syntax::detail {
namespace {

// CPython's _PyPegen_byte_offset_to_character_offset: the number of characters in the first
// `bytes` bytes of the line, where one byte past the end counts as one more character (and
// invalid UTF-8 counts as the replacement characters it decodes to).
int characterOffset(std::string_view line, int bytes) {
  if (bytes <= 0) return bytes < 0 ? bytes : 0;
  size_t n = static_cast<size_t>(bytes);
  if (n > line.size()) return countColumnsLenient(line) + 1;
  return countColumnsLenient(line.substr(0, n));
}

}  // namespace

// ---- the source's lines ----

// Line `line` of the source as the tokens' columns count it: without a UTF-8 BOM, converted
// from a Latin-1 coding cookie.
std::string_view Parser::sourceLine(int line) const {
  if (!errorSource_) {
    std::string_view text = source_.text;
    if (text.substr(0, kUtf8Bom.size()) == kUtf8Bom) text.remove_prefix(kUtf8Bom.size());
    std::string_view first = firstLine(text);
    std::optional<std::string> cookie = findCodingCookie(first);
    if (!cookie && isBlankOrCommentLine(first)) {
      cookie = findCodingCookie(firstLine(text.substr(first.size())));
    }
    if (cookie && codecForName(*cookie) == SourceCodec::Latin1) {
      errorSource_ = latin1ToUtf8(text);
    } else {
      errorSource_ = std::string(text);
    }
    lineStarts_.push_back(0);
    for (size_t i = 0; i < errorSource_->size(); ++i)
      if ((*errorSource_)[i] == '\n') lineStarts_.push_back(static_cast<uint32_t>(i + 1));
  }
  std::string_view text = *errorSource_;
  if (line < 1 || static_cast<size_t>(line) > lineStarts_.size()) return {};
  size_t begin = lineStarts_[line - 1];
  size_t end = static_cast<size_t>(line) < lineStarts_.size() ? lineStarts_[line] : text.size();
  return text.substr(begin, end - begin);
}

// CPython's position of a token: INDENT, DEDENT and ENDMARKER have no column (the tokenizer
// gives them where its cursor stood instead).
Parser::CPosition Parser::cTokenPosition(size_t index) const {
  const ParserToken& t = tokens_[std::min(index, tokens_.size() - 1)];
  const Token& token = *t.token;
  CPosition p;
  p.line = token.start.line;
  p.endLine = token.end.line;
  if (!t.noColumn) {
    p.col = token.start.byteCol;
    p.endCol = token.end.byteCol;
  }
  return p;
}

// Where CPython's tokenizer cursor (line, byte column) stands after producing token `index`.
std::pair<int, int> Parser::tokenizerCursorAfter(size_t index) const {
  const ParserToken& t = tokens_[std::min(index, tokens_.size() - 1)];
  const Token& token = *t.token;
  if (t.kind == Tk::Newline && !t.noColumn) return {token.end.line, token.end.byteCol + 1};
  return {token.end.line, token.end.byteCol};
}

// The line CPython reads back from the file for SyntaxError.text: with its newline, where a
// line of 1000 bytes or more comes back as its last 999-byte piece (the size of the buffer
// CPython reads lines with). Still undecoded: see raiseLocated.
std::string Parser::errorLineText(int line) const {
  if (fstring_) {
    std::string_view text = fstring_->text;
    int current = fstring_->firstLine;
    size_t begin = 0;
    while (current < line && begin < text.size()) {
      size_t nl = text.find('\n', begin);
      if (nl == std::string_view::npos) break;
      begin = nl + 1;
      ++current;
    }
    size_t nl = text.find('\n', begin);
    std::string out(text.substr(begin, nl == std::string_view::npos ? nl : nl + 1 - begin));
    if (out.empty() || out.back() != '\n') out += '\n';
    return out;
  }
  std::string text(sourceLine(line));
  if (text.size() >= 2 && text[text.size() - 2] == '\r' && text.back() == '\n') {
    text.erase(text.size() - 2, 1);
  }
  constexpr size_t kChunk = 999;
  if (text.size() > kChunk) {
    size_t lastChunk = (text.size() - 1) / kChunk * kChunk;
    text.erase(0, lastChunk);
  }
  return text;
}

// ---- raising ----

void Parser::raiseLocated(std::string_view kind, int line, int byteCol1, int endLine,
                          int endByteCol1, const std::string& message) {
  SyntaxErrorInfo info;
  info.kind = std::string(kind);
  info.filename = *source_.filename;
  info.line = line;
  info.endLine = endLine;
  std::string lineBytes = errorLineText(line);
  info.text = lenientUtf8(lineBytes);
  if (fstring_) {
    // CPython reports errors inside an f-string's expression relative to "(expression)",
    // in bytes.
    info.message = "f-string: " + message;
    info.col = byteCol1 - fstring_->firstCol;
    info.endCol = endByteCol1 - fstring_->firstCol;
  } else {
    info.message = message;
    info.col = characterOffset(lineBytes, byteCol1);
    info.endCol = endByteCol1 > 0 ? characterOffset(lineBytes, endByteCol1) : endByteCol1;
  }
  throw SyntaxError(std::move(info));
}

// RAISE_SYNTAX_ERROR: at the furthest token read so far.
void Parser::raiseAtLastToken(const std::string& message, std::string_view kind) {
  size_t last = fill_ == 0 ? 0 : fill_ - 1;
  CPosition t = cTokenPosition(last);
  bool atEndOfFile = fileInput_ && tokens_[std::min(last, tokens_.size() - 1)].kind == Tk::EndMarker;
  int col1 = t.col != -1 ? t.col + 1 : atEndOfFile ? 0 : tokenizerCursorAfter(last).second;
  int end1 = t.endCol == -1 ? -1 : t.endCol + 1;
  raiseLocated(kind, t.line, col1, t.endLine, end1, message);
}

void Parser::raiseAtToken(size_t index, const std::string& message) {
  CPosition t = cTokenPosition(index);
  raiseLocated("SyntaxError", t.line, t.col + 1, t.endLine, t.endCol + 1, message);
}

void Parser::raiseTokenRange(size_t from, size_t to, const std::string& message) {
  CPosition a = cTokenPosition(from);
  CPosition b = cTokenPosition(to);
  raiseLocated("SyntaxError", a.line, a.col + 1, b.endLine, b.endCol + 1, message);
}

void Parser::raiseAtNode(const Node* node, const std::string& message) {
  raiseRange(node->span, node->span, message);
}

void Parser::raiseRange(const Span& from, const Span& to, const std::string& message) {
  raiseLocated("SyntaxError", from.line, from.col + 1, to.endLine, to.endCol + 1, message);
}

// RAISE_SYNTAX_ERROR_STARTING_FROM: from a node to where the tokenizer's cursor stands.
void Parser::raiseStartingFrom(const Span& from, const std::string& message) {
  auto [line, col] = tokenizerCursorAfter(fill_ == 0 ? 0 : fill_ - 1);
  raiseLocated("SyntaxError", from.line, from.col + 1, line, col, message);
}

// The error of a failed parse when no invalid_* rule matched (_PyPegen_set_syntax_error).
void Parser::raiseGenericError(size_t lastTokenIndex) {
  Tk kind = tokens_[lastTokenIndex].kind;
  // These return before CPython looks further for tokenizer errors.
  genericIndentationError_ = kind == Tk::Indent || kind == Tk::Dedent;
  if (kind == Tk::Indent) raiseAtLastToken("unexpected indent", "IndentationError");
  if (kind == Tk::Dedent) raiseAtLastToken("unexpected unindent", "IndentationError");
  raiseAtToken(lastTokenIndex, "invalid syntax");
}

// CPython's parser gives up with a bare MemoryError, without a position, when its stack of
// rules overflows.
void Parser::raiseTooDeep() {
  SyntaxErrorInfo info;
  info.kind = "MemoryError";
  info.filename = *source_.filename;
  throw SyntaxError(std::move(info));
}

// After the parser failed with its own error: whether CPython would report the error the
// tokenizer found further on instead (_PyPegen_tokenize_full_source_to_check_for_errors).
void Parser::preferTokenizerError() {
  if (!tokenizerError_ || raisingTokenizerError_ || genericIndentationError_) return;
  switch (tokenizerErrorTiming_) {
    case TokenizeErrorTiming::Immediate:
      raiseTokenizerError();
    case TokenizeErrorTiming::WhenReached:
      return;
    case TokenizeErrorTiming::UnclosedBracket:
      if (fill_ > 0 && cTokenPosition(fill_ - 1).line > tokenizerError_->line) {
        raiseTokenizerError();
      }
      return;
  }
}

// The tokenizer's error. CPython's parser reports an unclosed bracket itself: at the innermost
// open bracket, quoting the line as read back from the file.
void Parser::raiseTokenizerError() {
  raisingTokenizerError_ = true;
  if (tokenizerErrorTiming_ == TokenizeErrorTiming::UnclosedBracket && !fstring_) {
    std::vector<size_t> open;
    for (size_t i = 0; i < tokens_.size(); ++i) {
      Tk k = tokens_[i].kind;
      if (k == Tk::LPar || k == Tk::LSqb || k == Tk::LBrace) open.push_back(i);
      if ((k == Tk::RPar || k == Tk::RSqb || k == Tk::RBrace) && !open.empty()) open.pop_back();
    }
    if (!open.empty()) {
      const Token& bracket = *tokens_[open.back()].token;
      std::string message = tokenizerError_->message;
      raiseLocated("SyntaxError", bracket.start.line, bracket.start.byteCol + 1, bracket.start.line,
                   0, message);
    }
  }
  throw SyntaxError(*tokenizerError_);
}

// ---- helpers of the invalid_* rules ----

// _PyPegen_get_expr_name: how error messages call an expression.
std::string Parser::exprName(const Expr* e) {
  switch (e->kind) {
    case NodeKind::Attribute:
      return "attribute";
    case NodeKind::Subscript:
      return "subscript";
    case NodeKind::Starred:
      return "starred";
    case NodeKind::Name:
      return "name";
    case NodeKind::List:
      return "list";
    case NodeKind::Tuple:
      return "tuple";
    case NodeKind::Lambda:
      return "lambda";
    case NodeKind::Call:
      return "function call";
    case NodeKind::BoolOp:
    case NodeKind::BinOp:
    case NodeKind::UnaryOp:
      return "expression";
    case NodeKind::GeneratorExp:
      return "generator expression";
    case NodeKind::Yield:
    case NodeKind::YieldFrom:
      return "yield expression";
    case NodeKind::Await:
      return "await expression";
    case NodeKind::ListComp:
      return "list comprehension";
    case NodeKind::SetComp:
      return "set comprehension";
    case NodeKind::DictComp:
      return "dict comprehension";
    case NodeKind::Dict:
      return "dict literal";
    case NodeKind::Set:
      return "set display";
    case NodeKind::JoinedStr:
    case NodeKind::FormattedValue:
      return "f-string expression";
    case NodeKind::Constant: {
      switch (static_cast<const Constant*>(e)->value.kind) {
        case ConstantValue::Kind::None:
          return "None";
        case ConstantValue::Kind::False:
          return "False";
        case ConstantValue::Kind::True:
          return "True";
        case ConstantValue::Kind::Ellipsis:
          return "ellipsis";
        default:
          return "literal";
      }
    }
    case NodeKind::Compare:
      return "comparison";
    case NodeKind::IfExp:
      return "conditional expression";
    case NodeKind::NamedExpr:
      return "named expression";
    default:
      return "expression";
  }
}

// _PyPegen_get_invalid_target: the first part of an expression that cannot be assigned to
// (or deleted), or null when all of it can.
const Expr* Parser::invalidTarget(const Expr* e, Targets type) const {
  if (!e) return nullptr;
  switch (e->kind) {
    case NodeKind::List:
    case NodeKind::Tuple:
      for (const Expr* elt : static_cast<const Sequence*>(e)->elts)
        if (const Expr* bad = invalidTarget(elt, type)) return bad;
      return nullptr;
    case NodeKind::Starred:
      if (type == Targets::Del) return e;
      return invalidTarget(static_cast<const Starred*>(e)->value, type);
    case NodeKind::Compare:
      // `for a in b` reaches here parsed as the comparison `a in b`.
      if (type == Targets::For) {
        auto* compare = static_cast<const Compare*>(e);
        if (compare->ops.front() == CmpOperator::In) return invalidTarget(compare->left, type);
        return nullptr;
      }
      return e;
    case NodeKind::Name:
    case NodeKind::Subscript:
    case NodeKind::Attribute:
      return nullptr;
    default:
      return e;
  }
}

void Parser::raiseInvalidTarget(Targets type, const Expr* expr) {
  const Expr* bad = invalidTarget(expr, type);
  if (!bad) return;
  std::string verb = type == Targets::Del ? "cannot delete " : "cannot assign to ";
  raiseAtNode(bad, verb + exprName(bad));
}

Span Parser::lastComprehensionItem(const Comprehension* comp) {
  if (comp->ifs.empty()) return comp->iter->span;
  return comp->ifs.back()->span;
}

}  // namespace rw::syntax::detail
