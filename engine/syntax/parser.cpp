// The parser's entry point, token cursor, node spans and memoization (see parser_internal.h).
#include "syntax/parser.h"

#include <algorithm>

#include "support/utf8.h"
#include "syntax/parser_internal.h"
#include "syntax/tokenizer.h"
#include "unicode/unicode_db.h"

namespace rw::syntax {
namespace detail {
namespace {

// Nesting of memoized rules allowed before the input counts as too deeply nested. Each level
// of brackets costs about a dozen, so the tokenizer's limit of 200 brackets stays reachable,
// and a chain of unary operators may be a few thousand long, as in CPython.
constexpr int kMaxRuleDepth = 4000;

Tk operatorKind(std::string_view s) {
  switch (s.size()) {
    case 1:
      switch (s[0]) {
        case '(':
          return Tk::LPar;
        case ')':
          return Tk::RPar;
        case '[':
          return Tk::LSqb;
        case ']':
          return Tk::RSqb;
        case '{':
          return Tk::LBrace;
        case '}':
          return Tk::RBrace;
        case ':':
          return Tk::Colon;
        case ',':
          return Tk::Comma;
        case ';':
          return Tk::Semi;
        case '+':
          return Tk::Plus;
        case '-':
          return Tk::Minus;
        case '*':
          return Tk::Star;
        case '/':
          return Tk::Slash;
        case '|':
          return Tk::VBar;
        case '&':
          return Tk::Amper;
        case '<':
          return Tk::Less;
        case '>':
          return Tk::Greater;
        case '=':
          return Tk::Equal;
        case '.':
          return Tk::Dot;
        case '%':
          return Tk::Percent;
        case '~':
          return Tk::Tilde;
        case '^':
          return Tk::Circumflex;
        case '@':
          return Tk::At;
        default:
          return Tk::OtherOp;
      }
    case 2:
      if (s == "==") return Tk::EqEqual;
      if (s == "!=") return Tk::NotEqual;
      if (s == "<=") return Tk::LessEqual;
      if (s == ">=") return Tk::GreaterEqual;
      if (s == "<<") return Tk::LeftShift;
      if (s == ">>") return Tk::RightShift;
      if (s == "**") return Tk::DoubleStar;
      if (s == "+=") return Tk::PlusEqual;
      if (s == "-=") return Tk::MinEqual;
      if (s == "*=") return Tk::StarEqual;
      if (s == "/=") return Tk::SlashEqual;
      if (s == "%=") return Tk::PercentEqual;
      if (s == "&=") return Tk::AmperEqual;
      if (s == "|=") return Tk::VBarEqual;
      if (s == "^=") return Tk::CircumflexEqual;
      if (s == "//") return Tk::DoubleSlash;
      if (s == "@=") return Tk::AtEqual;
      if (s == "->") return Tk::RArrow;
      if (s == ":=") return Tk::ColonEqual;
      return Tk::OtherOp;
    case 3:
      if (s == "<<=") return Tk::LeftShiftEqual;
      if (s == ">>=") return Tk::RightShiftEqual;
      if (s == "**=") return Tk::DoubleStarEqual;
      if (s == "//=") return Tk::DoubleSlashEqual;
      if (s == "...") return Tk::Ellipsis;
      return Tk::OtherOp;
    default:
      return Tk::OtherOp;
  }
}

Tk nameKind(std::string_view s) {
  struct Keyword {
    std::string_view text;
    Tk kind;
  };
  static constexpr Keyword kKeywords[] = {
      {"False", Tk::False},
      {"None", Tk::None},
      {"True", Tk::True},
      {"and", Tk::And},
      {"as", Tk::As},
      {"assert", Tk::Assert},
      {"async", Tk::Async},
      {"await", Tk::Await},
      {"break", Tk::Break},
      {"class", Tk::Class},
      {"continue", Tk::Continue},
      {"def", Tk::Def},
      {"del", Tk::Del},
      {"elif", Tk::Elif},
      {"else", Tk::Else},
      {"except", Tk::Except},
      {"finally", Tk::Finally},
      {"for", Tk::For},
      {"from", Tk::From},
      {"global", Tk::Global},
      {"if", Tk::If},
      {"import", Tk::Import},
      {"in", Tk::In},
      {"is", Tk::Is},
      {"lambda", Tk::Lambda},
      {"nonlocal", Tk::Nonlocal},
      {"not", Tk::Not},
      {"or", Tk::Or},
      {"pass", Tk::Pass},
      {"raise", Tk::Raise},
      {"return", Tk::Return},
      {"try", Tk::Try},
      {"while", Tk::While},
      {"with", Tk::With},
      {"yield", Tk::Yield},
  };
  if (s.size() < 2 || s.size() > 8) return Tk::Name;
  for (const Keyword& k : kKeywords)
    if (k.text == s) return k.kind;
  return Tk::Name;
}

}  // namespace

std::vector<ParserToken> classifyTokens(const std::vector<Token>& tokens) {
  std::vector<ParserToken> out;
  out.reserve(tokens.size());
  int level = 0;
  for (const Token& token : tokens) {
    ParserToken t;
    t.token = &token;
    switch (token.type) {
      case TokenType::NAME:
        t.kind = nameKind(token.text);
        break;
      case TokenType::NUMBER:
        t.kind = Tk::Number;
        break;
      case TokenType::STRING:
        t.kind = Tk::String;
        break;
      case TokenType::NEWLINE:
        t.kind = Tk::Newline;
        break;
      case TokenType::INDENT:
        t.kind = Tk::Indent;
        break;
      case TokenType::DEDENT:
        t.kind = Tk::Dedent;
        break;
      case TokenType::ENDMARKER:
        t.kind = Tk::EndMarker;
        break;
      case TokenType::OP:
        t.kind = operatorKind(token.text);
        break;
      default:
        t.kind = Tk::OtherOp;
        break;
    }
    if (t.kind == Tk::LPar || t.kind == Tk::LSqb || t.kind == Tk::LBrace) ++level;
    if ((t.kind == Tk::RPar || t.kind == Tk::RSqb || t.kind == Tk::RBrace) && level > 0) --level;
    t.level = static_cast<uint16_t>(std::min(level, 0xFFFF));
    t.noColumn = t.kind == Tk::Indent || t.kind == Tk::Dedent || t.kind == Tk::EndMarker ||
                 t.kind == Tk::TokenizerError;
    out.push_back(t);
  }
  return out;
}

Parser::Parser(std::vector<Token> tokens, Source source, AstArena& arena, int depth)
    : tokenStorage_(std::move(tokens)), source_(source), arena_(arena), depth_(depth) {
  tokens_ = classifyTokens(tokenStorage_);
  memoHead_.assign(tokens_.size() + 1, 0);
  // Memo entries number about one per token. Allocating their blocks before parsing keeps these
  // large allocations from making malloc consolidate the parser's many small freed chunks.
  for (size_t blocks = tokens_.size() / kMemoBlock; blocks > 0; --blocks) {
    memoBlocks_.push_back(std::make_unique_for_overwrite<MemoEntry[]>(kMemoBlock));
  }
}

void Parser::setTokenizerError(SyntaxErrorInfo info, TokenizeErrorTiming timing) {
  tokenizerError_ = std::move(info);
  tokenizerErrorTiming_ = timing;
  tokens_.back().kind = Tk::TokenizerError;
  tokens_.back().noColumn = true;
}

// ---- token cursor ----

const ParserToken& Parser::tokenAt(size_t index) {
  if (index >= tokens_.size()) index = tokens_.size() - 1;
  if (index >= fill_) {
    fill_ = index + 1;
    if (tokens_[index].kind == Tk::TokenizerError) raiseTokenizerError();
  }
  return tokens_[index];
}

const Token* Parser::expect(Tk kind) {
  if (peek() != kind) return nullptr;
  return tokens_[pos_++].token;
}

// SOFT_KEYWORD as CPython 3.11 matches it in invalid_expression: with strncmp bounded by the
// name's length, so any prefix of "_", "case" or "match" counts ("c", "ma").
bool Parser::isSoftKeyword(size_t index) {
  const ParserToken& t = tokenAt(index);
  if (t.kind != Tk::Name) return false;
  std::string_view text = t.token->text;
  for (std::string_view keyword : {"_", "case", "match"}) {
    if (keyword.substr(0, text.size()) == text) return true;
  }
  return false;
}

bool Parser::atSoftKeyword(std::string_view word) {
  const ParserToken& t = tokenAt(pos_);
  return t.kind == Tk::Name && t.token->text == word;
}

const Token* Parser::expectSoftKeyword(std::string_view word) {
  if (!atSoftKeyword(word)) return nullptr;
  return tokens_[pos_++].token;
}

// CPython's `&&'x'`: the token must follow, or the error is raised at once.
const Token* Parser::expectForced(Tk kind, std::string_view text) {
  if (peek() != kind) raiseAtToken(pos_, "expected '" + std::string(text) + "'");
  return tokens_[pos_++].token;
}

const Token* Parser::expectNameToken() {
  return expect(Tk::Name);
}

std::string Parser::identifier(const Token& token) const {
  for (unsigned char c : token.text)
    if (c >= 0x80) return unicode::normalizeNfkc(token.text);
  return token.text;
}

Name* Parser::nameAtom(ExprContext ctx) {
  size_t start = pos_;
  const Token* t = expectNameToken();
  if (!t) return nullptr;
  Name* name = make<Name>(start);
  name->id = identifier(*t);
  name->ctx = ctx;
  return name;
}

// ---- spans ----

const Token& Parser::lastNonWhitespaceToken() const {
  size_t i = pos_;
  while (i > 0) {
    --i;
    Tk k = tokens_[i].kind;
    if (k != Tk::Newline && k != Tk::Indent && k != Tk::Dedent && k != Tk::EndMarker) break;
  }
  return *tokens_[i].token;
}

Span Parser::spanFrom(size_t startIndex) const {
  const Token& first = *tokens_[startIndex].token;
  const Token& last = lastNonWhitespaceToken();
  return {first.start.line, first.start.byteCol, last.end.line, last.end.byteCol};
}

Span Parser::tokenSpan(const Token& token) {
  return {token.start.line, token.start.byteCol, token.end.line, token.end.byteCol};
}

Sequence* Parser::makeTuple(size_t start, ExprList elts, ExprContext ctx) {
  Sequence* tuple = make<Sequence>(start, NodeKind::Tuple);
  tuple->elts = std::move(elts);
  tuple->ctx = ctx;
  return tuple;
}

// CPython's _PyPegen_set_expr_context: a copy of the target with the new context, so that a
// memoized Load node is never changed behind another rule's back.
Expr* Parser::setContext(Expr* expr, ExprContext ctx) {
  switch (expr->kind) {
    case NodeKind::Name: {
      auto* from = static_cast<Name*>(expr);
      Name* to = makeUnplaced<Name>();
      to->id = from->id;
      to->ctx = ctx;
      to->span = from->span;
      return to;
    }
    case NodeKind::Tuple:
    case NodeKind::List: {
      auto* from = static_cast<Sequence*>(expr);
      Sequence* to = makeUnplaced<Sequence>(expr->kind);
      for (Expr* elt : from->elts)
        to->elts.push_back(setContext(elt, ctx));
      to->ctx = ctx;
      to->span = from->span;
      return to;
    }
    case NodeKind::Subscript: {
      auto* from = static_cast<Subscript*>(expr);
      Subscript* to = makeUnplaced<Subscript>();
      to->value = from->value;
      to->slice = from->slice;
      to->ctx = ctx;
      to->span = from->span;
      return to;
    }
    case NodeKind::Attribute: {
      auto* from = static_cast<Attribute*>(expr);
      Attribute* to = makeUnplaced<Attribute>();
      to->value = from->value;
      to->attr = from->attr;
      to->ctx = ctx;
      to->span = from->span;
      return to;
    }
    case NodeKind::Starred: {
      auto* from = static_cast<Starred*>(expr);
      Starred* to = makeUnplaced<Starred>();
      to->value = setContext(from->value, ctx);
      to->ctx = ctx;
      to->span = from->span;
      return to;
    }
    default:
      return expr;
  }
}

// ---- memoization and depth ----

const Parser::MemoEntry* Parser::findMemo(Rule rule, size_t index) const {
  for (uint32_t n = memoHead_[index]; n != 0;) {
    const MemoEntry& entry = memoEntry(n);
    if (entry.rule == rule) return &entry;
    n = entry.next;
  }
  return nullptr;
}

void Parser::storeMemo(Rule rule, size_t index, void* value, size_t end) {
  if (memoCount_ % kMemoBlock == 0 && memoCount_ / kMemoBlock == memoBlocks_.size()) {
    memoBlocks_.push_back(std::make_unique_for_overwrite<MemoEntry[]>(kMemoBlock));
  }
  uint32_t n = ++memoCount_;
  memoEntry(n) = {memoHead_[index], rule, static_cast<uint32_t>(end), value};
  memoHead_[index] = n;
}

void Parser::enterRule() {
  if (++depth_ > kMaxRuleDepth) raiseTooDeep();
}

StmtList* Parser::keepList(StmtList list) {
  listPool_.push_back(std::move(list));
  return &listPool_.back();
}

// ---- passes ----

Node* Parser::parseModule(ParseMode mode) {
  auto startRule = [&]() -> Node* {
    switch (mode) {
      case ParseMode::Exec:
      case ParseMode::File:
        return fileRule();
      case ParseMode::Eval:
        return evalRule();
      case ParseMode::Single:
        return interactiveRule();
    }
    return nullptr;
  };
  try {
    if (Node* result = startRule()) {
      if (mode == ParseMode::Single) checkSingleStatement();
      return result;
    }
    size_t lastToken = fill_ - 1;
    resetForErrorPass();
    startRule();
    raiseGenericError(lastToken);
  } catch (const SyntaxError& error) {
    // Only a syntax error gives way to the tokenizer's (CPython returns any other at once).
    if (!isTooDeep(error.info())) preferTokenizerError();
    throw;
  }
}

Expr* Parser::parseFStringExpression() {
  try {
    if (Expr* result = starExpressions()) return result;
    size_t lastToken = fill_ - 1;
    resetForErrorPass();
    starExpressions();
    raiseGenericError(lastToken);
  } catch (const SyntaxError& error) {
    // Only a syntax error gives way to the tokenizer's (CPython returns any other at once).
    if (!isTooDeep(error.info())) preferTokenizerError();
    throw;
  }
}

void Parser::resetForErrorPass() {
  pos_ = 0;
  std::fill(memoHead_.begin(), memoHead_.end(), 0);
  memoCount_ = 0;
  callInvalidRules_ = true;
}

// A 'single' compilation takes one statement; anything but blank lines and comments after it
// is an error, as in CPython's bad_single_statement.
void Parser::checkSingleStatement() {
  size_t offset = tokens_[fill_ - 1].token->end.offset;
  std::string_view rest = source_.text.substr(std::min<size_t>(offset, source_.text.size()));
  size_t i = 0;
  while (i < rest.size()) {
    char c = rest[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
      ++i;
    } else if (c == '#') {
      while (i < rest.size() && rest[i] != '\n')
        ++i;
    } else {
      raiseAtLastToken("multiple statements found while compiling a single statement");
    }
  }
}

}  // namespace detail

namespace {

// CPython's file reader stops at the first null byte: the error names its line, with the text
// before the byte and no column.
void rejectNullBytesInFile(std::string_view source, const std::string& filename) {
  size_t nul = source.find('\0');
  if (nul == std::string_view::npos) return;
  size_t lineStart = source.rfind('\n', nul);
  lineStart = lineStart == std::string_view::npos ? 0 : lineStart + 1;
  SyntaxErrorInfo info;
  info.message = "source code cannot contain null bytes";
  info.filename = filename;
  info.line = static_cast<int>(std::count(source.begin(), source.begin() + nul, '\n')) + 1;
  info.endLine = info.line;
  info.text = std::string(source.substr(lineStart, nul - lineStart));
  throw SyntaxError(std::move(info));
}

}  // namespace

std::unique_ptr<ParsedModule> parse(std::string_view source, const std::string& filename,
                                    ParseMode mode) {
  auto module = std::make_unique<ParsedModule>();
  if (mode == ParseMode::File) rejectNullBytesInFile(source, filename);
  TokenizeResult tokenized = tokenizeUntilError(source, TokenizeMode::Parse, filename);
  // Problems with the file as a whole (encoding, null bytes) have no position to wait for.
  if (tokenized.error && tokenized.error->line == 0) throw SyntaxError(*tokenized.error);
  std::vector<Token>& tokens = tokenized.tokens;
  if (tokenized.error) {
    // Where the tokenizer stopped; the parser raises its error on reading this far.
    Token stop;
    stop.type = TokenType::ERRORTOKEN;
    if (!tokens.empty()) stop.start = stop.end = tokens.back().end;
    tokens.push_back(stop);
  } else if (mode != ParseMode::Exec && mode != ParseMode::File) {
    // Only a module gets a NEWLINE added at the end of input when the last line has none.
    bool lastLineEnded = !source.empty() && source.back() == '\n';
    if (!lastLineEnded && tokens.size() >= 2 &&
        tokens[tokens.size() - 2].type == TokenType::NEWLINE) {
      tokens.erase(tokens.end() - 2);
    }
    // An interactive statement ends with an extra NEWLINE: CPython turns the first ENDMARKER
    // into one, unless nothing came before it.
    if (mode == ParseMode::Single && tokens.size() >= 2) {
      Token newline = tokens.back();
      newline.type = TokenType::NEWLINE;
      tokens.insert(tokens.end() - 1, newline);
    }
  }
  size_t tokenCount = tokens.size();
  module->arena.reserve(tokenCount);
  detail::Parser parser(std::move(tokens), {source, &filename}, module->arena, 0);
  if (tokenized.error) parser.setTokenizerError(*tokenized.error, tokenized.errorTiming);
  if (mode == ParseMode::Single && !tokenized.error && tokenCount >= 2) parser.markInteractiveEnd();
  if (mode == ParseMode::File) parser.setFileInput();
  module->root = parser.parseModule(mode);
  numberNodes(*module);
  // Abandoned alternatives leave nodes behind that the tree does not reach.
  module->arena.eraseIf([&](const Node& node) {
    return node.id >= module->byId.size() || module->byId[node.id] != &node;
  });
  return module;
}

}  // namespace rw::syntax
