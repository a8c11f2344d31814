// The abstract syntax tree (seed 6.4), node for node and field for field the tree of CPython
// 3.11's Parser/Python.asdl, so `rewind ast` can print what `python3 -m ast` prints and
// teachers see the names they know.
//
// Every node knows its kind, a pre-order id unique within its module (the location table of
// each instruction points at one) and its span in CPython's convention: 1-based lines,
// 0-based UTF-8 byte columns. Each node type lists its fields once with RW_FIELDS, which gives
// generic code (dump, GUI tree, trace storage) reflection over them.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rw::syntax {

struct Span {
  int line = 0;
  int col = 0;
  int endLine = 0;
  int endCol = 0;
};

// Every node kind: X(Kind, Category). Category is the ASDL sum type the node belongs to.
#define RW_AST_NODE_KINDS(X)   \
  X(Module, Mod)               \
  X(Interactive, Mod)          \
  X(Expression, Mod)           \
  X(FunctionDef, Stmt)         \
  X(AsyncFunctionDef, Stmt)    \
  X(ClassDef, Stmt)            \
  X(Return, Stmt)              \
  X(Delete, Stmt)              \
  X(Assign, Stmt)              \
  X(AugAssign, Stmt)           \
  X(AnnAssign, Stmt)           \
  X(For, Stmt)                 \
  X(AsyncFor, Stmt)            \
  X(While, Stmt)               \
  X(If, Stmt)                  \
  X(With, Stmt)                \
  X(AsyncWith, Stmt)           \
  X(Match, Stmt)               \
  X(Raise, Stmt)               \
  X(Try, Stmt)                 \
  X(TryStar, Stmt)             \
  X(Assert, Stmt)              \
  X(Import, Stmt)              \
  X(ImportFrom, Stmt)          \
  X(Global, Stmt)              \
  X(Nonlocal, Stmt)            \
  X(ExprStmt, Stmt)            \
  X(Pass, Stmt)                \
  X(Break, Stmt)               \
  X(Continue, Stmt)            \
  X(BoolOp, Expr)              \
  X(NamedExpr, Expr)           \
  X(BinOp, Expr)               \
  X(UnaryOp, Expr)             \
  X(Lambda, Expr)              \
  X(IfExp, Expr)               \
  X(Dict, Expr)                \
  X(Set, Expr)                 \
  X(ListComp, Expr)            \
  X(SetComp, Expr)             \
  X(DictComp, Expr)            \
  X(GeneratorExp, Expr)        \
  X(Await, Expr)               \
  X(Yield, Expr)               \
  X(YieldFrom, Expr)           \
  X(Compare, Expr)             \
  X(Call, Expr)                \
  X(FormattedValue, Expr)      \
  X(JoinedStr, Expr)           \
  X(Constant, Expr)            \
  X(Attribute, Expr)           \
  X(Subscript, Expr)           \
  X(Starred, Expr)             \
  X(Name, Expr)                \
  X(List, Expr)                \
  X(Tuple, Expr)               \
  X(Slice, Expr)               \
  X(Comprehension, Helper)     \
  X(ExceptHandler, Helper)     \
  X(Arguments, Helper)         \
  X(Arg, Helper)               \
  X(Keyword, Helper)           \
  X(Alias, Helper)             \
  X(WithItem, Helper)          \
  X(MatchCase, Helper)         \
  X(MatchValue, Pattern)       \
  X(MatchSingleton, Pattern)   \
  X(MatchSequence, Pattern)    \
  X(MatchMapping, Pattern)     \
  X(MatchClass, Pattern)       \
  X(MatchStar, Pattern)        \
  X(MatchAs, Pattern)          \
  X(MatchOr, Pattern)          \
  X(TypeIgnore, Helper)

enum class NodeKind : uint8_t {
#define RW_AST_KIND_ENUM(kind, category) kind,
  RW_AST_NODE_KINDS(RW_AST_KIND_ENUM)
#undef RW_AST_KIND_ENUM
};

// The ASDL name of a kind ("Expr" for ExprStmt, "comprehension" for Comprehension, ...).
std::string_view nodeKindName(NodeKind kind);

enum class ExprContext : uint8_t { Load, Store, Del };
enum class BoolOperator : uint8_t { And, Or };
enum class UnaryOperator : uint8_t { Invert, Not, UAdd, USub };
enum class CmpOperator : uint8_t { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn };
// Binary operators in the order of CPython's NB_* constants (BINARY_OP's argument).
enum class Operator : uint8_t {
  Add,
  BitAnd,
  FloorDiv,
  LShift,
  MatMult,
  Mult,
  Mod,
  BitOr,
  Pow,
  RShift,
  Sub,
  Div,
  BitXor,
};

std::string_view name(ExprContext v);     // "Load"
std::string_view name(BoolOperator v);    // "And"
std::string_view name(UnaryOperator v);   // "USub"
std::string_view name(CmpOperator v);     // "NotEq"
std::string_view name(Operator v);        // "Add"
std::string_view symbol(Operator v);      // "+"
std::string_view symbol(CmpOperator v);   // "!="
std::string_view symbol(UnaryOperator v); // "-"

// A literal's value, independent of the runtime's object model.
struct ConstantValue {
  enum class Kind : uint8_t { None, True, False, Ellipsis, Int, Float, Complex, Str, Bytes };
  Kind kind = Kind::None;
  // Int: decimal digits with a leading '-' if negative (any size). Str: UTF-8, where lone
  // surrogates are encoded as 3-byte sequences. Bytes: the raw bytes.
  std::string text;
  double number = 0.0;  // Float: the value; Complex: the imaginary part (real part is 0)
};

// The text CPython's repr() gives for the constant (used by ast dumps and disassembly).
std::string reprConstant(const ConstantValue& value);

// Applies f(name, field) to each field of a node type in ASDL order.
#define RW_FIELD_CALL(f) visit(#f, f);
#define RW_FIELDS_1(a) RW_FIELD_CALL(a)
#define RW_FIELDS_2(a, ...) RW_FIELD_CALL(a) RW_FIELDS_1(__VA_ARGS__)
#define RW_FIELDS_3(a, ...) RW_FIELD_CALL(a) RW_FIELDS_2(__VA_ARGS__)
#define RW_FIELDS_4(a, ...) RW_FIELD_CALL(a) RW_FIELDS_3(__VA_ARGS__)
#define RW_FIELDS_5(a, ...) RW_FIELD_CALL(a) RW_FIELDS_4(__VA_ARGS__)
#define RW_FIELDS_6(a, ...) RW_FIELD_CALL(a) RW_FIELDS_5(__VA_ARGS__)
#define RW_FIELDS_7(a, ...) RW_FIELD_CALL(a) RW_FIELDS_6(__VA_ARGS__)
#define RW_FIELDS_PICK(_1, _2, _3, _4, _5, _6, _7, NAME, ...) NAME
#define RW_FIELDS(...)                                                                       \
  template <class Visit>                                                                     \
  void forEachField(Visit&& visit) {                                                         \
    RW_FIELDS_PICK(__VA_ARGS__, RW_FIELDS_7, RW_FIELDS_6, RW_FIELDS_5, RW_FIELDS_4,          \
                   RW_FIELDS_3, RW_FIELDS_2, RW_FIELDS_1)                                    \
    (__VA_ARGS__)                                                                            \
  }                                                                                          \
  template <class Visit>                                                                     \
  void forEachField(Visit&& visit) const {                                                   \
    RW_FIELDS_PICK(__VA_ARGS__, RW_FIELDS_7, RW_FIELDS_6, RW_FIELDS_5, RW_FIELDS_4,          \
                   RW_FIELDS_3, RW_FIELDS_2, RW_FIELDS_1)                                    \
    (__VA_ARGS__)                                                                            \
  }
#define RW_NO_FIELDS                          \
  template <class Visit>                      \
  void forEachField(Visit&&) const {}

struct Node {
  explicit Node(NodeKind k) : kind(k) {}
  Node(const Node&) = delete;
  Node& operator=(const Node&) = delete;
  virtual ~Node() = default;
  NodeKind kind;
  uint32_t id = 0;  // pre-order index in its module tree; the module node is 0
  Span span;        // zero span for nodes CPython gives no position (arguments, ...)
};

struct Expr : Node {
  using Node::Node;
};
struct Stmt : Node {
  using Node::Node;
};
struct Pattern : Node {
  using Node::Node;
};

// Optional fields are null pointers or empty std::optional; lists are vectors.
using ExprList = std::vector<Expr*>;
using StmtList = std::vector<Stmt*>;
using Identifier = std::string;
using OptIdentifier = std::optional<std::string>;

// ---- helper types ----------------------------------------------------------------------

struct Comprehension : Node {
  Comprehension() : Node(NodeKind::Comprehension) {}
  Expr* target = nullptr;
  Expr* iter = nullptr;
  ExprList ifs;
  int is_async = 0;
  RW_FIELDS(target, iter, ifs, is_async)
};

struct ExceptHandler : Node {
  ExceptHandler() : Node(NodeKind::ExceptHandler) {}
  Expr* type = nullptr;
  OptIdentifier name;
  StmtList body;
  RW_FIELDS(type, name, body)
};

struct Arg : Node {
  Arg() : Node(NodeKind::Arg) {}
  Identifier arg;
  Expr* annotation = nullptr;
  std::optional<std::string> type_comment;
  RW_FIELDS(arg, annotation, type_comment)
};
using ArgList = std::vector<Arg*>;

struct Arguments : Node {
  Arguments() : Node(NodeKind::Arguments) {}
  ArgList posonlyargs;
  ArgList args;
  Arg* vararg = nullptr;
  ArgList kwonlyargs;
  ExprList kw_defaults;  // one per kwonlyarg; null where it has no default
  Arg* kwarg = nullptr;
  ExprList defaults;
  RW_FIELDS(posonlyargs, args, vararg, kwonlyargs, kw_defaults, kwarg, defaults)
};

struct Keyword : Node {
  Keyword() : Node(NodeKind::Keyword) {}
  OptIdentifier arg;  // empty for **kwargs
  Expr* value = nullptr;
  RW_FIELDS(arg, value)
};
using KeywordList = std::vector<Keyword*>;

struct Alias : Node {
  Alias() : Node(NodeKind::Alias) {}
  Identifier name;
  OptIdentifier asname;
  RW_FIELDS(name, asname)
};
using AliasList = std::vector<Alias*>;

struct WithItem : Node {
  WithItem() : Node(NodeKind::WithItem) {}
  Expr* context_expr = nullptr;
  Expr* optional_vars = nullptr;
  RW_FIELDS(context_expr, optional_vars)
};

struct MatchCase : Node {
  MatchCase() : Node(NodeKind::MatchCase) {}
  Pattern* pattern = nullptr;
  Expr* guard = nullptr;
  StmtList body;
  RW_FIELDS(pattern, guard, body)
};

struct TypeIgnore : Node {
  TypeIgnore() : Node(NodeKind::TypeIgnore) {}
  int lineno = 0;
  std::string tag;
  RW_FIELDS(lineno, tag)
};

// ---- modules ---------------------------------------------------------------------------

struct Module : Node {
  Module() : Node(NodeKind::Module) {}
  StmtList body;
  std::vector<TypeIgnore*> type_ignores;
  RW_FIELDS(body, type_ignores)
};

struct Interactive : Node {
  Interactive() : Node(NodeKind::Interactive) {}
  StmtList body;
  RW_FIELDS(body)
};

struct Expression : Node {
  Expression() : Node(NodeKind::Expression) {}
  Expr* body = nullptr;
  RW_FIELDS(body)
};

// ---- statements ------------------------------------------------------------------------

struct FunctionDef : Stmt {
  explicit FunctionDef(bool isAsync = false)
      : Stmt(isAsync ? NodeKind::AsyncFunctionDef : NodeKind::FunctionDef) {}
  Identifier name;
  Arguments* args = nullptr;
  StmtList body;
  ExprList decorator_list;
  Expr* returns = nullptr;
  std::optional<std::string> type_comment;
  RW_FIELDS(name, args, body, decorator_list, returns, type_comment)
};

struct ClassDef : Stmt {
  ClassDef() : Stmt(NodeKind::ClassDef) {}
  Identifier name;
  ExprList bases;
  KeywordList keywords;
  StmtList body;
  ExprList decorator_list;
  RW_FIELDS(name, bases, keywords, body, decorator_list)
};

struct Return : Stmt {
  Return() : Stmt(NodeKind::Return) {}
  Expr* value = nullptr;
  RW_FIELDS(value)
};

struct Delete : Stmt {
  Delete() : Stmt(NodeKind::Delete) {}
  ExprList targets;
  RW_FIELDS(targets)
};

struct Assign : Stmt {
  Assign() : Stmt(NodeKind::Assign) {}
  ExprList targets;
  Expr* value = nullptr;
  std::optional<std::string> type_comment;
  RW_FIELDS(targets, value, type_comment)
};

struct AugAssign : Stmt {
  AugAssign() : Stmt(NodeKind::AugAssign) {}
  Expr* target = nullptr;
  Operator op = Operator::Add;
  Expr* value = nullptr;
  RW_FIELDS(target, op, value)
};

struct AnnAssign : Stmt {
  AnnAssign() : Stmt(NodeKind::AnnAssign) {}
  Expr* target = nullptr;
  Expr* annotation = nullptr;
  Expr* value = nullptr;
  int simple = 0;
  RW_FIELDS(target, annotation, value, simple)
};

struct For : Stmt {
  explicit For(bool isAsync = false) : Stmt(isAsync ? NodeKind::AsyncFor : NodeKind::For) {}
  Expr* target = nullptr;
  Expr* iter = nullptr;
  StmtList body;
  StmtList orelse;
  std::optional<std::string> type_comment;
  RW_FIELDS(target, iter, body, orelse, type_comment)
};

struct While : Stmt {
  While() : Stmt(NodeKind::While) {}
  Expr* test = nullptr;
  StmtList body;
  StmtList orelse;
  RW_FIELDS(test, body, orelse)
};

struct If : Stmt {
  If() : Stmt(NodeKind::If) {}
  Expr* test = nullptr;
  StmtList body;
  StmtList orelse;
  RW_FIELDS(test, body, orelse)
};

struct With : Stmt {
  explicit With(bool isAsync = false) : Stmt(isAsync ? NodeKind::AsyncWith : NodeKind::With) {}
  std::vector<WithItem*> items;
  StmtList body;
  std::optional<std::string> type_comment;
  RW_FIELDS(items, body, type_comment)
};

struct Match : Stmt {
  Match() : Stmt(NodeKind::Match) {}
  Expr* subject = nullptr;
  std::vector<MatchCase*> cases;
  RW_FIELDS(subject, cases)
};

struct Raise : Stmt {
  Raise() : Stmt(NodeKind::Raise) {}
  Expr* exc = nullptr;
  Expr* cause = nullptr;
  RW_FIELDS(exc, cause)
};

struct Try : Stmt {
  explicit Try(bool isStar = false) : Stmt(isStar ? NodeKind::TryStar : NodeKind::Try) {}
  StmtList body;
  std::vector<ExceptHandler*> handlers;
  StmtList orelse;
  StmtList finalbody;
  RW_FIELDS(body, handlers, orelse, finalbody)
};

struct Assert : Stmt {
  Assert() : Stmt(NodeKind::Assert) {}
  Expr* test = nullptr;
  Expr* msg = nullptr;
  RW_FIELDS(test, msg)
};

struct Import : Stmt {
  Import() : Stmt(NodeKind::Import) {}
  AliasList names;
  RW_FIELDS(names)
};

struct ImportFrom : Stmt {
  ImportFrom() : Stmt(NodeKind::ImportFrom) {}
  OptIdentifier module;
  AliasList names;
  int level = 0;
  RW_FIELDS(module, names, level)
};

struct Global : Stmt {
  Global() : Stmt(NodeKind::Global) {}
  std::vector<Identifier> names;
  RW_FIELDS(names)
};

struct Nonlocal : Stmt {
  Nonlocal() : Stmt(NodeKind::Nonlocal) {}
  std::vector<Identifier> names;
  RW_FIELDS(names)
};

// ASDL's `Expr` statement (an expression evaluated for its effect).
struct ExprStmt : Stmt {
  ExprStmt() : Stmt(NodeKind::ExprStmt) {}
  Expr* value = nullptr;
  RW_FIELDS(value)
};

struct Pass : Stmt {
  Pass() : Stmt(NodeKind::Pass) {}
  RW_NO_FIELDS
};
struct Break : Stmt {
  Break() : Stmt(NodeKind::Break) {}
  RW_NO_FIELDS
};
struct Continue : Stmt {
  Continue() : Stmt(NodeKind::Continue) {}
  RW_NO_FIELDS
};

// ---- expressions -----------------------------------------------------------------------

struct BoolOp : Expr {
  BoolOp() : Expr(NodeKind::BoolOp) {}
  BoolOperator op = BoolOperator::And;
  ExprList values;
  RW_FIELDS(op, values)
};

struct NamedExpr : Expr {
  NamedExpr() : Expr(NodeKind::NamedExpr) {}
  Expr* target = nullptr;
  Expr* value = nullptr;
  RW_FIELDS(target, value)
};

struct BinOp : Expr {
  BinOp() : Expr(NodeKind::BinOp) {}
  Expr* left = nullptr;
  Operator op = Operator::Add;
  Expr* right = nullptr;
  RW_FIELDS(left, op, right)
};

struct UnaryOp : Expr {
  UnaryOp() : Expr(NodeKind::UnaryOp) {}
  UnaryOperator op = UnaryOperator::Not;
  Expr* operand = nullptr;
  RW_FIELDS(op, operand)
};

struct Lambda : Expr {
  Lambda() : Expr(NodeKind::Lambda) {}
  Arguments* args = nullptr;
  Expr* body = nullptr;
  RW_FIELDS(args, body)
};

struct IfExp : Expr {
  IfExp() : Expr(NodeKind::IfExp) {}
  Expr* test = nullptr;
  Expr* body = nullptr;
  Expr* orelse = nullptr;
  RW_FIELDS(test, body, orelse)
};

struct Dict : Expr {
  Dict() : Expr(NodeKind::Dict) {}
  ExprList keys;  // a null key stands for `**value`
  ExprList values;
  RW_FIELDS(keys, values)
};

struct Set : Expr {
  Set() : Expr(NodeKind::Set) {}
  ExprList elts;
  RW_FIELDS(elts)
};

using ComprehensionList = std::vector<Comprehension*>;

// ListComp, SetComp and GeneratorExp share one shape.
struct Comp : Expr {
  explicit Comp(NodeKind k) : Expr(k) {}
  Expr* elt = nullptr;
  ComprehensionList generators;
  RW_FIELDS(elt, generators)
};

struct DictComp : Expr {
  DictComp() : Expr(NodeKind::DictComp) {}
  Expr* key = nullptr;
  Expr* value = nullptr;
  ComprehensionList generators;
  RW_FIELDS(key, value, generators)
};

struct Await : Expr {
  Await() : Expr(NodeKind::Await) {}
  Expr* value = nullptr;
  RW_FIELDS(value)
};

struct Yield : Expr {
  Yield() : Expr(NodeKind::Yield) {}
  Expr* value = nullptr;
  RW_FIELDS(value)
};

struct YieldFrom : Expr {
  YieldFrom() : Expr(NodeKind::YieldFrom) {}
  Expr* value = nullptr;
  RW_FIELDS(value)
};

struct Compare : Expr {
  Compare() : Expr(NodeKind::Compare) {}
  Expr* left = nullptr;
  std::vector<CmpOperator> ops;
  ExprList comparators;
  RW_FIELDS(left, ops, comparators)
};

struct Call : Expr {
  Call() : Expr(NodeKind::Call) {}
  Expr* func = nullptr;
  ExprList args;
  KeywordList keywords;
  RW_FIELDS(func, args, keywords)
};

struct FormattedValue : Expr {
  FormattedValue() : Expr(NodeKind::FormattedValue) {}
  Expr* value = nullptr;
  int conversion = -1;  // -1, or 's', 'r', 'a'
  Expr* format_spec = nullptr;
  RW_FIELDS(value, conversion, format_spec)
};

struct JoinedStr : Expr {
  JoinedStr() : Expr(NodeKind::JoinedStr) {}
  ExprList values;
  RW_FIELDS(values)
};

struct Constant : Expr {
  Constant() : Expr(NodeKind::Constant) {}
  ConstantValue value;
  std::optional<std::string> kind_;  // "u" for u-prefixed strings
  // The ASDL field is named `kind`; that name is taken by Node::kind here.
  template <class Visit>
  void forEachField(Visit&& visit) {
    visit("value", value);
    visit("kind", kind_);
  }
  template <class Visit>
  void forEachField(Visit&& visit) const {
    visit("value", value);
    visit("kind", kind_);
  }
};

struct Attribute : Expr {
  Attribute() : Expr(NodeKind::Attribute) {}
  Expr* value = nullptr;
  Identifier attr;
  ExprContext ctx = ExprContext::Load;
  RW_FIELDS(value, attr, ctx)
};

struct Subscript : Expr {
  Subscript() : Expr(NodeKind::Subscript) {}
  Expr* value = nullptr;
  Expr* slice = nullptr;
  ExprContext ctx = ExprContext::Load;
  RW_FIELDS(value, slice, ctx)
};

struct Starred : Expr {
  Starred() : Expr(NodeKind::Starred) {}
  Expr* value = nullptr;
  ExprContext ctx = ExprContext::Load;
  RW_FIELDS(value, ctx)
};

struct Name : Expr {
  Name() : Expr(NodeKind::Name) {}
  Identifier id;
  ExprContext ctx = ExprContext::Load;
  RW_FIELDS(id, ctx)
};

// List and Tuple share one shape.
struct Sequence : Expr {
  explicit Sequence(NodeKind k) : Expr(k) {}
  ExprList elts;
  ExprContext ctx = ExprContext::Load;
  RW_FIELDS(elts, ctx)
};

struct Slice : Expr {
  Slice() : Expr(NodeKind::Slice) {}
  Expr* lower = nullptr;
  Expr* upper = nullptr;
  Expr* step = nullptr;
  RW_FIELDS(lower, upper, step)
};

// ---- patterns --------------------------------------------------------------------------

using PatternList = std::vector<Pattern*>;

struct MatchValue : Pattern {
  MatchValue() : Pattern(NodeKind::MatchValue) {}
  Expr* value = nullptr;
  RW_FIELDS(value)
};

struct MatchSingleton : Pattern {
  MatchSingleton() : Pattern(NodeKind::MatchSingleton) {}
  ConstantValue value;  // None, True or False
  RW_FIELDS(value)
};

struct MatchSequence : Pattern {
  MatchSequence() : Pattern(NodeKind::MatchSequence) {}
  PatternList patterns;
  RW_FIELDS(patterns)
};

struct MatchMapping : Pattern {
  MatchMapping() : Pattern(NodeKind::MatchMapping) {}
  ExprList keys;
  PatternList patterns;
  OptIdentifier rest;
  RW_FIELDS(keys, patterns, rest)
};

struct MatchClass : Pattern {
  MatchClass() : Pattern(NodeKind::MatchClass) {}
  Expr* cls = nullptr;
  PatternList patterns;
  std::vector<Identifier> kwd_attrs;
  PatternList kwd_patterns;
  RW_FIELDS(cls, patterns, kwd_attrs, kwd_patterns)
};

struct MatchStar : Pattern {
  MatchStar() : Pattern(NodeKind::MatchStar) {}
  OptIdentifier name;
  RW_FIELDS(name)
};

struct MatchAs : Pattern {
  MatchAs() : Pattern(NodeKind::MatchAs) {}
  Pattern* pattern = nullptr;
  OptIdentifier name;
  RW_FIELDS(pattern, name)
};

struct MatchOr : Pattern {
  MatchOr() : Pattern(NodeKind::MatchOr) {}
  PatternList patterns;
  RW_FIELDS(patterns)
};

// Owns every node of one parsed module; nodes point at each other with raw pointers.
class AstArena {
 public:
  template <class T, class... Args>
  T* make(Args&&... args) {
    auto node = std::make_unique<T>(std::forward<Args>(args)...);
    T* raw = node.get();
    nodes_.push_back(std::move(node));
    return raw;
  }
  // Nodes in creation order; after numberNodes(), nodes()[i]->id need not equal i.
  const std::vector<std::unique_ptr<Node>>& nodes() const { return nodes_; }
  void reserve(size_t count) { nodes_.reserve(count); }
  // Destroys the nodes for which pred(node) holds (the parser drops abandoned alternatives).
  template <class Pred>
  void eraseIf(Pred&& pred) {
    std::erase_if(nodes_, [&](const std::unique_ptr<Node>& node) { return pred(*node); });
  }

 private:
  std::vector<std::unique_ptr<Node>> nodes_;
};

// Calls f(static_cast<Concrete&>(node)) with the node's concrete type.
template <class F>
decltype(auto) visitNode(Node& node, F&& f) {
  switch (node.kind) {
    case NodeKind::Module: return f(static_cast<Module&>(node));
    case NodeKind::Interactive: return f(static_cast<Interactive&>(node));
    case NodeKind::Expression: return f(static_cast<Expression&>(node));
    case NodeKind::FunctionDef:
    case NodeKind::AsyncFunctionDef: return f(static_cast<FunctionDef&>(node));
    case NodeKind::ClassDef: return f(static_cast<ClassDef&>(node));
    case NodeKind::Return: return f(static_cast<Return&>(node));
    case NodeKind::Delete: return f(static_cast<Delete&>(node));
    case NodeKind::Assign: return f(static_cast<Assign&>(node));
    case NodeKind::AugAssign: return f(static_cast<AugAssign&>(node));
    case NodeKind::AnnAssign: return f(static_cast<AnnAssign&>(node));
    case NodeKind::For:
    case NodeKind::AsyncFor: return f(static_cast<For&>(node));
    case NodeKind::While: return f(static_cast<While&>(node));
    case NodeKind::If: return f(static_cast<If&>(node));
    case NodeKind::With:
    case NodeKind::AsyncWith: return f(static_cast<With&>(node));
    case NodeKind::Match: return f(static_cast<Match&>(node));
    case NodeKind::Raise: return f(static_cast<Raise&>(node));
    case NodeKind::Try:
    case NodeKind::TryStar: return f(static_cast<Try&>(node));
    case NodeKind::Assert: return f(static_cast<Assert&>(node));
    case NodeKind::Import: return f(static_cast<Import&>(node));
    case NodeKind::ImportFrom: return f(static_cast<ImportFrom&>(node));
    case NodeKind::Global: return f(static_cast<Global&>(node));
    case NodeKind::Nonlocal: return f(static_cast<Nonlocal&>(node));
    case NodeKind::ExprStmt: return f(static_cast<ExprStmt&>(node));
    case NodeKind::Pass: return f(static_cast<Pass&>(node));
    case NodeKind::Break: return f(static_cast<Break&>(node));
    case NodeKind::Continue: return f(static_cast<Continue&>(node));
    case NodeKind::BoolOp: return f(static_cast<BoolOp&>(node));
    case NodeKind::NamedExpr: return f(static_cast<NamedExpr&>(node));
    case NodeKind::BinOp: return f(static_cast<BinOp&>(node));
    case NodeKind::UnaryOp: return f(static_cast<UnaryOp&>(node));
    case NodeKind::Lambda: return f(static_cast<Lambda&>(node));
    case NodeKind::IfExp: return f(static_cast<IfExp&>(node));
    case NodeKind::Dict: return f(static_cast<Dict&>(node));
    case NodeKind::Set: return f(static_cast<Set&>(node));
    case NodeKind::ListComp:
    case NodeKind::SetComp:
    case NodeKind::GeneratorExp: return f(static_cast<Comp&>(node));
    case NodeKind::DictComp: return f(static_cast<DictComp&>(node));
    case NodeKind::Await: return f(static_cast<Await&>(node));
    case NodeKind::Yield: return f(static_cast<Yield&>(node));
    case NodeKind::YieldFrom: return f(static_cast<YieldFrom&>(node));
    case NodeKind::Compare: return f(static_cast<Compare&>(node));
    case NodeKind::Call: return f(static_cast<Call&>(node));
    case NodeKind::FormattedValue: return f(static_cast<FormattedValue&>(node));
    case NodeKind::JoinedStr: return f(static_cast<JoinedStr&>(node));
    case NodeKind::Constant: return f(static_cast<Constant&>(node));
    case NodeKind::Attribute: return f(static_cast<Attribute&>(node));
    case NodeKind::Subscript: return f(static_cast<Subscript&>(node));
    case NodeKind::Starred: return f(static_cast<Starred&>(node));
    case NodeKind::Name: return f(static_cast<Name&>(node));
    case NodeKind::List:
    case NodeKind::Tuple: return f(static_cast<Sequence&>(node));
    case NodeKind::Slice: return f(static_cast<Slice&>(node));
    case NodeKind::Comprehension: return f(static_cast<Comprehension&>(node));
    case NodeKind::ExceptHandler: return f(static_cast<ExceptHandler&>(node));
    case NodeKind::Arguments: return f(static_cast<Arguments&>(node));
    case NodeKind::Arg: return f(static_cast<Arg&>(node));
    case NodeKind::Keyword: return f(static_cast<Keyword&>(node));
    case NodeKind::Alias: return f(static_cast<Alias&>(node));
    case NodeKind::WithItem: return f(static_cast<WithItem&>(node));
    case NodeKind::MatchCase: return f(static_cast<MatchCase&>(node));
    case NodeKind::MatchValue: return f(static_cast<MatchValue&>(node));
    case NodeKind::MatchSingleton: return f(static_cast<MatchSingleton&>(node));
    case NodeKind::MatchSequence: return f(static_cast<MatchSequence&>(node));
    case NodeKind::MatchMapping: return f(static_cast<MatchMapping&>(node));
    case NodeKind::MatchClass: return f(static_cast<MatchClass&>(node));
    case NodeKind::MatchStar: return f(static_cast<MatchStar&>(node));
    case NodeKind::MatchAs: return f(static_cast<MatchAs&>(node));
    case NodeKind::MatchOr: return f(static_cast<MatchOr&>(node));
    case NodeKind::TypeIgnore: return f(static_cast<TypeIgnore&>(node));
  }
  __builtin_unreachable();
}

// Calls f(Node*) for each direct child node in field order (null optional children skipped).
template <class F>
void forEachChild(Node& node, F&& f) {
  visitNode(node, [&](auto& concrete) {
    concrete.forEachField([&](const char*, auto& field) {
      using T = std::decay_t<decltype(field)>;
      if constexpr (std::is_pointer_v<T>) {
        if (field) f(static_cast<Node*>(field));
      } else if constexpr (requires { field.begin(); typename T::value_type; }) {
        if constexpr (std::is_pointer_v<typename T::value_type>) {
          for (auto* child : field)
            if (child) f(static_cast<Node*>(child));
        }
      }
    });
  });
}

// A parsed module: the tree plus everything it owns.
struct ParsedModule {
  AstArena arena;
  Node* root = nullptr;          // Module, Expression or Interactive
  std::vector<Node*> byId;       // byId[node->id] == node after numbering
};

// Gives every node of the tree its pre-order id and fills byId.
void numberNodes(ParsedModule& module);

}  // namespace rw::syntax
