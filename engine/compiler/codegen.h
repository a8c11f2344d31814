// The code generator's internal state: one CodeUnit per code object under construction,
// nested like the scopes of the symbol table. Statements, expressions and function-like
// constructs are generated in separate files that share this class.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "compiler/code_builder.h"
#include "compiler/compiler.h"
#include "runtime/object.h"
#include "syntax/ast.h"
#include "syntax/syntax_error.h"

namespace rw {

// What break/continue/return must unwind on their way out (CPython's fblock kinds).
enum class BlockKind : uint8_t {
  WhileLoop,
  ForLoop,
  TryExcept,
  FinallyTry,
  FinallyEnd,
  With,
  AsyncWith,
  HandlerCleanup,
  PopValue,
  ExceptionHandler,
  AsyncComprehensionGenerator,
  ExceptionGroupHandler,  // the handlers of try/except*: break, continue and return may not leave
};

struct FrameBlock {
  BlockKind kind;
  Label block;
  Label exit;
  const syntax::Node* datum = nullptr;  // the finally body, the handler name, ...
};

struct CodeUnit {
  Scope* scope = nullptr;
  const syntax::Node* node = nullptr;
  CodeUnit* parent = nullptr;
  CodeBuilder builder;
  std::vector<Ref> consts;
  std::map<std::string, uint32_t> constIndex;  // dedup key -> index
  std::vector<std::string> varnames;
  std::unordered_map<std::string, uint32_t> varnameIndex;
  std::vector<std::string> cellvars;
  std::vector<std::string> freevars;
  std::string name;
  std::string qualname;
  int32_t argcount = 0;
  int32_t posonlyargcount = 0;
  int32_t kwonlyargcount = 0;
  int32_t firstlineno = 0;
  uint32_t flags = 0;
  std::vector<FrameBlock> blocks;
  bool inInlinedFinally = false;
};

class Codegen {
 public:
  Codegen(Interp& I, const CompileInput& input) : I(I), input_(input) {}
  Code* compileModule();

 private:
  friend struct CodegenAccess;
  friend class PatternCompiler;
  // ---- units ---------------------------------------------------------------------------
  void enterUnit(Scope* scope, const syntax::Node* node, const std::string& name, int line);
  Code* leaveUnit();  // assembles the current unit into a Code object (new reference)
  CodeBuilder& b() { return unit_->builder; }

  // ---- tables ----------------------------------------------------------------------------
  uint32_t addConst(const syntax::ConstantValue& value);
  // A literal's object and its constant-cache key, not added to co_consts (a constant
  // tuple's items live only in the tuple, as in CPython).
  struct ConstantObject {
    Ref value;
    std::string key;
  };
  ConstantObject constantObject(const syntax::ConstantValue& value);
  uint32_t addConstValue(Value value, const std::string& key);  // takes a new reference
  uint32_t addConstObject(Ref object);                          // never deduplicated
  uint32_t noneConst();
  uint32_t nameIndex(const std::string& name) { return b().addName(mangle(name)); }
  uint32_t varnameIndex(const std::string& name);
  uint32_t cellIndex(const std::string& name);  // index among cellvars + freevars
  std::string mangle(const std::string& name) const;

  // ---- locations -------------------------------------------------------------------------
  void setLocation(const syntax::Node* node);
  // Generated code that belongs to no line (CPython's NO_LOCATION), e.g. the implicit return.
  void setNoLocation();

  // ---- errors ----------------------------------------------------------------------------
  [[noreturn]] void error(const syntax::Node* node, const std::string& message);

  // ---- statements (codegen_statements.cpp) ------------------------------------------------
  void statements(const syntax::StmtList& body);
  void statement(const syntax::Stmt* s);
  void ifStatement(const syntax::If* s);
  void whileStatement(const syntax::While* s);
  void forStatement(const syntax::For* s);
  void returnStatement(const syntax::Return* s);
  void breakStatement(const syntax::Stmt* s);
  void continueStatement(const syntax::Stmt* s);
  void assignStatement(const syntax::Assign* s);
  void augAssignStatement(const syntax::AugAssign* s);
  void annAssignStatement(const syntax::AnnAssign* s);
  void deleteStatement(const syntax::Delete* s);
  void assertStatement(const syntax::Assert* s);
  void raiseStatement(const syntax::Raise* s);
  void importStatement(const syntax::Import* s);
  void importFromStatement(const syntax::ImportFrom* s);
  void exprStatement(const syntax::ExprStmt* s);
  void matchStatement(const syntax::Match* s);  // codegen_match.cpp

  // ---- exceptions (codegen_exceptions.cpp) ------------------------------------------------
  void tryStatement(const syntax::Try* s);
  void tryExcept(const syntax::Try* s);
  void tryFinally(const syntax::Try* s);
  void tryStarExcept(const syntax::Try* s);
  void withStatement(const syntax::With* s, size_t item);
  void withItem(const syntax::With* s, size_t item, bool isAsync);
  void popExceptAndReraise();
  void callExitWithNones();
  void withExceptFinish();

  // Unwinding for break/continue/return: emits the cleanup of each block crossed.
  void pushBlock(BlockKind kind, Label block, Label exit, const syntax::Node* datum = nullptr);
  void popBlock(BlockKind kind);
  void unwindBlock(const FrameBlock& block, bool preserveTop);
  // Unwinds up to the innermost loop (returns it) or, with loopOnly false, everything.
  const FrameBlock* unwindBlockStack(bool preserveTop, bool stopAtLoop);

  // ---- expressions (codegen_expressions.cpp) -----------------------------------------------
  void expression(const syntax::Expr* e);
  void expressions(const syntax::ExprList& es);
  void nameOp(const std::string& name, syntax::ExprContext ctx, const syntax::Node* at);
  void boolOp(const syntax::BoolOp* e);
  void compare(const syntax::Compare* e);
  void call(const syntax::Call* e);
  void callHelper(size_t alreadyPushed, const syntax::ExprList& args,
                  const syntax::KeywordList& keywords);
  bool callMethodOptimized(const syntax::Call* e);
  void starUnpackHelper(const syntax::ExprList& elts, size_t alreadyPushed, Opcode build,
                        Opcode add, Opcode extend, bool tuple);
  void dictDisplay(const syntax::Dict* e);
  void subscript(const syntax::Subscript* e);
  void slice(const syntax::Slice* e);
  void attribute(const syntax::Attribute* e);
  void joinedStr(const syntax::JoinedStr* e);
  void formattedValue(const syntax::FormattedValue* e);
  void ifExp(const syntax::IfExp* e);
  void namedExpr(const syntax::NamedExpr* e);
  // Jumps to `target` when the truth of e equals `jumpIf`, like CPython's compiler_jump_if.
  void jumpIf(const syntax::Expr* e, Label target, bool jumpIf);
  // Assignment targets (Name, Attribute, Subscript, Tuple/List with one Starred, Starred).
  void assignTarget(const syntax::Expr* target);
  void unpackTargets(const syntax::ExprList& elts, const syntax::Node* at);
  // CPython's AST optimizer: the constant an expression folds to (a literal, a tuple of
  // constants, an operator or subscript on constants within CPython's size limits), or null.
  // Loads it when there is one.
  bool loadFoldedConstant(const syntax::Expr* e);
  // The tuple of the folded constants, or null unless every expression folds.
  Ref foldedConstants(const syntax::ExprList& elts);
  // The constant cache key of a value: literals and folded results share entries.
  std::string constantKey(Value value);
  // The value of an expression CPython's AST optimizer turns into a constant (literals,
  // constant tuples, unary operators on numbers), or null.
  Ref foldedConstant(const syntax::Expr* e);
  // The frozenset constant CPython makes of a set display of such constants, or null.
  Ref constantFrozenSet(const syntax::ExprList& elts);
  // The iterable of a for loop or comprehension, with CPython's constant set folding.
  void iterable(const syntax::Expr* e);

  // ---- functions, classes, comprehensions (codegen_functions.cpp) -------------------------
  void functionDef(const syntax::FunctionDef* s);
  void lambda(const syntax::Lambda* e);
  void classDef(const syntax::ClassDef* s);
  void comprehension(const syntax::Expr* e);
  void comprehensionGenerator(const syntax::ComprehensionList& gens, size_t index,
                              const syntax::Expr* elt, const syntax::Expr* value,
                              syntax::NodeKind kind, int depth);
  // The innermost element of a comprehension: append, add, or yield it.
  // Pushes the iterator of generator `index` of a comprehension.
  void comprehensionIterator(const syntax::ComprehensionList& gens, size_t index, Opcode getIter);
  // Binds generator `index`'s target, tests its ifs, runs the next generator or the element,
  // and jumps back to `start` for the next item.
  void comprehensionStep(const syntax::ComprehensionList& gens, size_t index,
                         const syntax::Expr* elt, const syntax::Expr* value, syntax::NodeKind kind,
                         int depth, Label start);
  void comprehensionElement(const syntax::Expr* elt, const syntax::Expr* value,
                            syntax::NodeKind kind, int depth);
  void yieldExpr(const syntax::Expr* e);

  // ---- coroutines (codegen_async.cpp) ------------------------------------------------------
  bool inAsyncFunction() const;
  // The SEND / YIELD_VALUE / RESUME loop of yield from (resumeKind 2) and await (3).
  void emitAwaitLoop(uint32_t resumeKind);
  // GET_AWAITABLE `where` (0 await, 1 __aenter__, 2 __aexit__) and its await loop.
  void emitAwait(uint32_t where);
  void awaitExpr(const syntax::Await* e);
  void asyncForStatement(const syntax::For* s);
  void asyncWithStatement(const syntax::With* s, size_t item);
  void asyncComprehensionGenerator(const syntax::ComprehensionList& gens, size_t index,
                                   const syntax::Expr* elt, const syntax::Expr* value,
                                   syntax::NodeKind kind, int depth);
  // Pushes defaults/kwdefaults/annotations; returns MAKE_FUNCTION flags.
  uint32_t functionPrelude(const syntax::Arguments* args, const syntax::Expr* returns);
  // Loads the code object and its closure and emits MAKE_FUNCTION.
  void makeClosure(Code* code, uint32_t flags, const std::string& qualname);
  std::string qualnameFor(const std::string& name, bool isClass) const;
  void decorators(const syntax::ExprList& list);
  void applyDecorators(const syntax::ExprList& list);
  void setupFunctionArguments(const syntax::Arguments* args);
  void emitPrologue();  // MAKE_CELL / COPY_FREE_VARS / RETURN_GENERATOR / RESUME

  Interp& I;
  const CompileInput& input_;
  std::vector<std::unique_ptr<CodeUnit>> units_;
  CodeUnit* unit_ = nullptr;
  std::string className_;  // for private name mangling
  int nesting_ = 0;
  // The break, continue or return statement whose unwinding is being compiled.
  const syntax::Node* unwindingFrom_ = nullptr;
};

}  // namespace rw
