// The parser's private interface, shared by the parser_*.cpp files.
//
// The parser follows CPython 3.11's PEG grammar (Grammar/python.gram) rule for rule, so that it
// accepts the same programs, builds the same trees with the same spans, and reports the same
// syntax errors. Like CPython it runs in two passes: the first without the `invalid_*` rules;
// if that fails, a second pass with them enabled raises the specialised message, and if none
// applies, a generic "invalid syntax" is reported at the furthest token the first pass looked
// at. Rules return nullptr when they do not match and leave the cursor where they started;
// errors are thrown as SyntaxError. The rules that backtracking makes the parser try more than
// once at the same token are memoized, as CPython memoizes them, which keeps parsing linear.
#pragma once

#include <cstdint>
#include <deque>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "syntax/ast.h"
#include "syntax/parser.h"
#include "syntax/syntax_error.h"
#include "syntax/token.h"
#include "syntax/tokenizer.h"

namespace rw::syntax::detail {

// What a token is, decided once so that rules compare small integers instead of text.
enum class Tk : uint8_t {
  Name,
  Number,
  String,
  Newline,
  Indent,
  Dedent,
  EndMarker,
  TokenizerError,  // where the tokenizer stopped with an error: reading it raises the error
  // operators
  LPar,
  RPar,
  LSqb,
  RSqb,
  LBrace,
  RBrace,
  Colon,
  Comma,
  Semi,
  Plus,
  Minus,
  Star,
  Slash,
  VBar,
  Amper,
  Less,
  Greater,
  Equal,
  Dot,
  Percent,
  EqEqual,
  NotEqual,
  LessEqual,
  GreaterEqual,
  Tilde,
  Circumflex,
  LeftShift,
  RightShift,
  DoubleStar,
  PlusEqual,
  MinEqual,
  StarEqual,
  SlashEqual,
  PercentEqual,
  AmperEqual,
  VBarEqual,
  CircumflexEqual,
  LeftShiftEqual,
  RightShiftEqual,
  DoubleStarEqual,
  DoubleSlash,
  DoubleSlashEqual,
  At,
  AtEqual,
  RArrow,
  Ellipsis,
  ColonEqual,
  OtherOp,
  // keywords
  False,
  None,
  True,
  And,
  As,
  Assert,
  Async,
  Await,
  Break,
  Class,
  Continue,
  Def,
  Del,
  Elif,
  Else,
  Except,
  Finally,
  For,
  From,
  Global,
  If,
  Import,
  In,
  Is,
  Lambda,
  Nonlocal,
  Not,
  Or,
  Pass,
  Raise,
  Return,
  Try,
  While,
  With,
  Yield,
};

// The classification of one token plus CPython's token->level (bracket depth after it).
struct ParserToken {
  Tk kind = Tk::EndMarker;
  bool noColumn = false;  // CPython gives it no column: INDENT, DEDENT, ENDMARKER
  uint16_t level = 0;
  const Token* token = nullptr;
};

// Converts tokenizer output into parser tokens (keywords recognised, bracket levels counted).
std::vector<ParserToken> classifyTokens(const std::vector<Token>& tokens);

// Where an f-string's expression sits in the enclosing source; its tokens are shifted there
// and its errors are reported relative to the "(expression)" text, as CPython 3.11 does.
struct FStringOrigin {
  std::string_view text;  // "(expression)"
  int firstLine = 1;      // where its first line is in the enclosing source
  int firstCol = 0;       // what its first line's columns are shifted by
};

// Memoized rules, keyed with the token index where they start.
enum class Rule : uint8_t {
  SimpleStmt,
  Block,
  Expression,
  StarExpression,
  Disjunction,
  BitwiseOr,
  TPrimary,
  StarTarget,
  TargetWithStarAtom,
  DelTarget,
  Arguments,
  Strings,
  ClosedPattern,
  StarPattern,
  InvalidNamedExpression,
  BracketedAtom,
  // BracketedAtom parsed while memo stores are suppressed (laterDictKey): kept apart from the
  // error pass's results, which may differ.
  QuietBracketedAtom,
};

// Intermediate results of rules that do not produce nodes.
struct NameDefault {
  Arg* arg = nullptr;
  Expr* value = nullptr;  // null when the parameter has no default
};
struct SlashWithDefault {
  ArgList plain;
  std::vector<NameDefault> withDefaults;
};
struct StarEtc {
  Arg* vararg = nullptr;
  std::vector<NameDefault> kwonly;
  Arg* kwarg = nullptr;
};
struct KeywordOrStarred {
  Node* element = nullptr;  // Keyword or Starred
  bool isKeyword = false;
};
struct KeyValue {
  Expr* key = nullptr;  // null for `**value`
  Expr* value = nullptr;
};
struct KeyPattern {
  Expr* key = nullptr;  // mapping key, or the Name of a class pattern keyword
  Pattern* pattern = nullptr;
};

class Parser {
 public:
  struct Source {
    std::string_view text;  // the whole source (or the "(expression)" of an f-string)
    const std::string* filename;
  };
  Parser(std::vector<Token> tokens, Source source, AstArena& arena, int depth);
  Parser(const Parser&) = delete;
  Parser& operator=(const Parser&) = delete;

  // The tokenizer stopped with this error after the tokens given; the parser raises it when
  // it reads that far, or when CPython's rules let it outrank the parser's own error.
  void setTokenizerError(SyntaxErrorInfo info, TokenizeErrorTiming timing);
  // The NEWLINE before ENDMARKER that ends an interactive statement stands for CPython's
  // converted ENDMARKER, which has no column.
  void markInteractiveEnd() { tokens_[tokens_.size() - 2].noColumn = true; }
  // The source came from a file (ParseMode::File).
  void setFileInput() { fileInput_ = true; }
  // Makes this the parser of one f-string expression (start rule `fstring`).
  void setFStringOrigin(FStringOrigin origin) { fstring_ = std::move(origin); }

  Node* parseModule(ParseMode mode);
  Expr* parseFStringExpression();

 private:
  friend struct DepthGuard;
  friend struct InvalidRulesOff;

  // ---- token cursor (parser.cpp) ----
  const ParserToken& tokenAt(size_t index);
  Tk kindAt(size_t index) { return tokenAt(index).kind; }
  Tk peek() { return kindAt(pos_); }
  bool check(Tk kind) { return peek() == kind; }
  const Token* expect(Tk kind);
  const Token* expectSoftKeyword(std::string_view word);
  bool atSoftKeyword(std::string_view word);
  bool isSoftKeyword(size_t index);
  const Token* expectForced(Tk kind, std::string_view text);
  const Token* expectNameToken();
  Name* nameAtom(ExprContext ctx = ExprContext::Load);  // NAME as an expression
  std::string identifier(const Token& token) const;
  bool atAnyOf(std::initializer_list<Tk> kinds) { return isOneOf(peek(), kinds); }
  static bool isOneOf(Tk kind, std::initializer_list<Tk> kinds) {
    for (Tk candidate : kinds)
      if (kind == candidate) return true;
    return false;
  }
  // CPython's `sep.elem+`: one element, then more while each separator is followed by one.
  // `one` parses an element, keeps it, and reports whether it matched.
  template <class One>
  bool separated(Tk sep, One&& one) {
    if (!one()) return false;
    for (;;) {
      size_t mark = pos_;
      if (!expect(sep)) break;
      if (!one()) {
        pos_ = mark;
        break;
      }
    }
    return true;
  }

  // ---- spans and nodes (parser.cpp) ----
  Span spanFrom(size_t startIndex) const;
  const Token& lastNonWhitespaceToken() const;
  template <class T, class... Args>
  T* make(size_t startIndex, Args&&... args) {
    T* node = arena_.make<T>(std::forward<Args>(args)...);
    node->span = spanFrom(startIndex);
    return node;
  }
  template <class T, class... Args>
  T* makeUnplaced(Args&&... args) {
    return arena_.make<T>(std::forward<Args>(args)...);
  }
  Expr* setContext(Expr* expr, ExprContext ctx);
  Sequence* makeTuple(size_t start, ExprList elts, ExprContext ctx);

  // ---- memoization and depth (parser.cpp) ----
  struct MemoEntry {
    uint32_t next;
    Rule rule;
    uint32_t end;
    void* value;
  };
  const MemoEntry* findMemo(Rule rule, size_t index) const;
  void storeMemo(Rule rule, size_t index, void* value, size_t end);
  template <class T, class Body>
  T* memoized(Rule rule, Body&& body);
  void enterRule();
  void leaveRule() { --depth_; }
  StmtList* keepList(StmtList list);
  void resetForErrorPass();
  void checkSingleStatement();

  // ---- errors (parser_errors.cpp) ----
  [[noreturn]] void raiseAtLastToken(const std::string& message,
                                     std::string_view kind = "SyntaxError");
  [[noreturn]] void raiseAtToken(size_t index, const std::string& message);
  [[noreturn]] void raiseTokenRange(size_t from, size_t to, const std::string& message);
  [[noreturn]] void raiseAtNode(const Node* node, const std::string& message);
  [[noreturn]] void raiseRange(const Span& from, const Span& to, const std::string& message);
  [[noreturn]] void raiseStartingFrom(const Span& from, const std::string& message);
  [[noreturn]] void raiseLocated(std::string_view kind, int line, int byteCol1, int endLine,
                                 int endByteCol1, const std::string& message);
  [[noreturn]] void raiseGenericError(size_t lastTokenIndex);
  [[noreturn]] void raiseTooDeep();
  void preferTokenizerError();
  [[noreturn]] void raiseTokenizerError();
  struct CPosition {
    int line = 0;
    int col = -1;  // -1 where CPython's token has no column (INDENT, DEDENT, ENDMARKER)
    int endLine = 0;
    int endCol = -1;
  };
  CPosition cTokenPosition(size_t index) const;
  std::pair<int, int> tokenizerCursorAfter(size_t index) const;
  std::string_view sourceLine(int line) const;
  std::string errorLineText(int line) const;
  static Span tokenSpan(const Token& token);
  static std::string exprName(const Expr* expr);
  enum class Targets { Star, Del, For };
  const Expr* invalidTarget(const Expr* expr, Targets type) const;
  void raiseInvalidTarget(Targets type, const Expr* expr);
  static Span lastComprehensionItem(const Comprehension* comp);

  // ---- start rules and statements (parser_statements.cpp, parser_compound_statements.cpp) ----
  Module* fileRule();
  Expression* evalRule();
  Interactive* interactiveRule();
  StmtList* statements();
  StmtList* statement();
  StmtList* statementNewline();
  StmtList* simpleStmts();
  Stmt* simpleStmt();
  Stmt* compoundStmt();
  Stmt* assignment();
  Expr* annotatedRhs();
  std::optional<Operator> augassign();
  Stmt* returnStmt();
  Stmt* raiseStmt();
  Stmt* globalStmt();
  Stmt* nonlocalStmt();
  bool nameList(std::vector<Identifier>& names);
  Stmt* delStmt();
  Stmt* yieldStmt();
  Stmt* assertStmt();
  Stmt* importStmt();
  Stmt* importName();
  Stmt* importFrom();
  bool importFromTargets(AliasList& out);
  bool importFromAsNames(AliasList& names);
  Alias* importFromAsName();
  bool dottedAsNames(AliasList& names);
  Alias* dottedAsName();
  bool dottedName(std::string& out);
  StmtList* block();
  bool decorators(ExprList& list);
  Stmt* classDef();
  Stmt* classDefRaw();
  Stmt* functionDef();
  Stmt* functionDefRaw();
  Stmt* ifStmt();
  Stmt* elifStmt();
  StmtList* elseBlock();
  Stmt* whileStmt();
  Stmt* forStmt();
  Stmt* withStmt();
  WithItem* withItem();
  Stmt* tryStmt();
  ExceptHandler* exceptBlock();
  ExceptHandler* exceptStarBlock();
  StmtList* finallyBlock();
  Stmt* matchStmt();
  Expr* subjectExpr();
  MatchCase* caseBlock();
  Expr* guard();

  // ---- function and lambda parameters (parser_parameters.cpp) ----
  Arguments* params(bool lambda);
  Arguments* parameters(bool lambda);
  bool slashNoDefault(bool lambda, ArgList& out);
  bool slashWithDefault(bool lambda, SlashWithDefault& out);
  bool starEtc(bool lambda, StarEtc& out);
  Arg* kwds(bool lambda);
  Arg* paramNoDefault(bool lambda);
  Arg* paramNoDefaultStarAnnotation();
  bool paramWithDefault(bool lambda, NameDefault& out);
  bool paramMaybeDefault(bool lambda, NameDefault& out);
  Arg* param(bool lambda);
  Expr* defaultValue(bool lambda);
  bool paramEnd(bool lambda);
  Arguments* makeArguments(const ArgList* slashNoDefault, const SlashWithDefault* slashWithDefault,
                           const ArgList* plainNames, const std::vector<NameDefault>* withDefault,
                           const StarEtc* starEtc);
  Arguments* emptyArguments();
  void invalidParameters(bool lambda);
  bool invalidParametersHelper(bool lambda);
  void invalidStarEtc(bool lambda);
  void invalidKwds(bool lambda);
  void invalidDefault();

  // ---- expressions (parser_expressions.cpp, parser_displays.cpp, parser_call_arguments.cpp) ----
  Expr* expressions();
  Expr* expression();
  Expr* expressionWithoutInvalid();
  Expr* conditionalOrDisjunction();
  Expr* yieldExpr();
  Expr* starExpressions();
  Expr* starExpression();
  bool starNamedExpressions(ExprList& out);
  Expr* starNamedExpression();
  Expr* assignmentExpression();
  Expr* namedExpression();
  Expr* disjunction();
  Expr* conjunction();
  Expr* inversion();
  Expr* comparison();
  Expr* bitwiseOr();
  Expr* binaryLevel(int level);
  Expr* factor();
  Expr* power();
  Expr* awaitPrimary();
  Expr* primary();
  Expr* slices();
  Expr* slice();
  Expr* atom();
  Expr* group();
  Expr* lambdef();
  Expr* strings();
  Expr* list();
  Expr* tuple();
  Expr* set();
  Expr* dict();
  bool doubleStarredKvpairs(std::vector<KeyValue>& out);
  bool doubleStarredKvpair(KeyValue& out, bool laterElement = false);
  bool kvpair(KeyValue& out, bool laterElement = false);
  Expr* laterDictKey();
  bool forIfClauses(ComprehensionList& out);
  Comprehension* forIfClause();
  Expr* listcomp();
  Expr* setcomp();
  Expr* genexp();
  Expr* dictcomp();
  Call* arguments();
  Call* args();
  bool kwargs(std::vector<KeywordOrStarred>& out);
  Expr* starredExpression();
  bool kwargOrStarred(KeywordOrStarred& out);
  bool kwargOrDoubleStarred(KeywordOrStarred& out);
  Expr* number(const Token& token);
  Expr* expressionNotWalrus();

  // ---- invalid_* rules (parser_invalid_rules.cpp) ----
  void invalidExpression();
  void invalidLegacyExpression();
  void invalidNamedExpression();
  void invalidAssignment();
  Expr* invalidAnnAssignTarget();
  void invalidDelStmt();
  void invalidBlock();
  void invalidComprehension();
  void invalidDictComprehension();
  void invalidGroup();
  void invalidArguments();
  void invalidKwarg();
  void invalidForTarget();
  void invalidWithItem();
  void invalidDoubleStarredKvpairs();
  void invalidKvpair();
  void invalidImportFromTargets();
  void invalidWithStmt();
  void invalidWithStmtIndent();
  void invalidTryStmt();
  void invalidExceptStmt();
  void invalidFinallyStmt();
  void invalidExceptStmtIndent();
  void invalidExceptStarStmtIndent();
  void invalidMatchStmt();
  void invalidCaseBlock();
  void invalidAsPattern();
  void invalidClassPattern();
  void invalidIfStmt();
  void invalidElifStmt();
  void invalidElseStmt();
  void invalidWhileStmt();
  void invalidForStmt();
  void invalidDefRaw();
  void invalidClassDefRaw();
  bool blockIndentMissing();
  bool withItemsLoose(bool parenthesized);

  // ---- assignment targets (parser_targets.cpp) ----
  Expr* starTargets();
  bool starTargetsListSeq(ExprList& out);
  bool starTargetsTupleSeq(ExprList& out);
  Expr* starTarget();
  Expr* targetWithStarAtom();
  Expr* starAtom();
  Expr* singleTarget();
  Expr* singleSubscriptAttributeTarget();
  Expr* tPrimary();
  bool tLookahead();
  static bool isTLookahead(Tk kind);
  bool delTargets(ExprList& out);
  Expr* delTarget();
  Expr* delTAtom();

  // ---- match patterns (parser_patterns.cpp) ----
  Pattern* patterns();
  Pattern* pattern();
  Pattern* asPattern();
  Pattern* orPattern();
  Pattern* closedPattern();
  Pattern* literalPattern();
  Expr* literalExpr();
  Expr* complexNumber();
  Expr* signedNumber();
  Expr* signedRealNumber();
  Expr* realNumber();
  Expr* imaginaryNumber();
  Pattern* capturePattern();
  Name* patternCaptureTarget();
  Pattern* wildcardPattern();
  Pattern* valuePattern();
  Expr* attr();
  Expr* nameOrAttr();
  Pattern* groupPattern();
  Pattern* sequencePattern();
  bool openSequencePattern(PatternList& out);
  bool maybeSequencePattern(PatternList& out);
  Pattern* maybeStarPattern();
  Pattern* starPattern();
  Pattern* mappingPattern();
  bool itemsPattern(std::vector<KeyPattern>& out);
  bool keyValuePattern(KeyPattern& out);
  Name* doubleStarPattern();
  Pattern* classPattern();
  bool positionalPatterns(PatternList& out);
  bool keywordPatterns(std::vector<KeyPattern>& out);
  bool keywordPattern(KeyPattern& out);

  // ---- strings (parser_strings.cpp) ----
  Expr* concatenateStrings(size_t first, size_t last);
  std::string_view tokenTextFor(size_t index);
  size_t bodyOffsetFor(size_t index);
  friend class FStringBuilder;

  std::vector<Token> tokenStorage_;
  std::vector<ParserToken> tokens_;
  Source source_;
  AstArena& arena_;
  size_t pos_ = 0;
  size_t fill_ = 0;
  bool callInvalidRules_ = false;
  bool memoStoreSuppressed_ = false;
  int depth_ = 0;
  // Memo entries of each token form a list threaded through fixed-size blocks (entry n is
  // memoBlocks_[(n - 1) / kMemoBlock][(n - 1) % kMemoBlock]; 0 ends a list), so that growing
  // the pool never moves entries.
  static constexpr uint32_t kMemoBlock = 4096;
  std::vector<uint32_t> memoHead_;
  std::vector<std::unique_ptr<MemoEntry[]>> memoBlocks_;
  uint32_t memoCount_ = 0;
  MemoEntry& memoEntry(uint32_t n) const {
    return memoBlocks_[(n - 1) / kMemoBlock][(n - 1) % kMemoBlock];
  }
  std::deque<StmtList> listPool_;
  std::optional<SyntaxErrorInfo> tokenizerError_;
  TokenizeErrorTiming tokenizerErrorTiming_ = TokenizeErrorTiming::Immediate;
  bool raisingTokenizerError_ = false;
  bool genericIndentationError_ = false;
  bool fileInput_ = false;
  std::optional<FStringOrigin> fstring_;
  mutable std::vector<uint32_t> lineStarts_;
  mutable std::optional<std::string> errorSource_;  // the source the columns refer to
  std::deque<std::string> fstringSources_;          // texts that views of this parser point into
};

// Counts rule nesting so that deeply nested input raises SyntaxError, not a stack overflow.
struct DepthGuard {
  explicit DepthGuard(Parser& p) : parser(p) { parser.enterRule(); }
  ~DepthGuard() { parser.leaveRule(); }
  DepthGuard(const DepthGuard&) = delete;
  DepthGuard& operator=(const DepthGuard&) = delete;
  Parser& parser;
};

// CPython's `_without_invalid` rules: the invalid_* rules stay off while they run.
struct InvalidRulesOff {
  explicit InvalidRulesOff(Parser& p) : parser(p), saved(p.callInvalidRules_) {
    parser.callInvalidRules_ = false;
  }
  ~InvalidRulesOff() { parser.callInvalidRules_ = saved; }
  InvalidRulesOff(const InvalidRulesOff&) = delete;
  InvalidRulesOff& operator=(const InvalidRulesOff&) = delete;
  Parser& parser;
  bool saved;
};

// Rules that valid programs make the parser try more than once at the same token. Memoizing
// the others pays only in the error pass, where the invalid_* rules backtrack much more.
constexpr bool memoizedInFirstPass(Rule rule) {
  switch (rule) {
    case Rule::Disjunction:
    case Rule::StarExpression:
    case Rule::BitwiseOr:
      return false;
    default:
      return true;
  }
}

template <class T, class Body>
T* Parser::memoized(Rule rule, Body&& body) {
  size_t start = pos_;
  if (!callInvalidRules_ && !memoizedInFirstPass(rule)) {
    DepthGuard guard(*this);
    T* result = body();
    if (!result) pos_ = start;
    return result;
  }
  bool quietBrackets = memoStoreSuppressed_ && rule == Rule::BracketedAtom;
  Rule key = quietBrackets ? Rule::QuietBracketedAtom : rule;
  if (const MemoEntry* entry = findMemo(key, start)) {
    pos_ = entry->end;
    return static_cast<T*>(entry->value);
  }
  DepthGuard guard(*this);
  T* result = body();
  if (!result) pos_ = start;
  if (!memoStoreSuppressed_ || quietBrackets) storeMemo(key, start, result, pos_);
  return result;
}

}  // namespace rw::syntax::detail
