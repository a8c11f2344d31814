// Code generation for expressions and assignment targets (seed 6.5, 6.8, 6.13-6.16).
#include "compiler/codegen.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/interp.h"
#include "runtime/protocols.h"

namespace rw {

using namespace syntax;

namespace {

std::optional<bool> constantTruth(const Expr* e) {
  if (e->kind != NodeKind::Constant) return std::nullopt;
  const ConstantValue& c = static_cast<const syntax::Constant*>(e)->value;
  switch (c.kind) {
    case ConstantValue::Kind::None:
    case ConstantValue::Kind::False: return false;
    case ConstantValue::Kind::True:
    case ConstantValue::Kind::Ellipsis: return true;
    case ConstantValue::Kind::Int: return c.text != "0";
    case ConstantValue::Kind::Float:
    case ConstantValue::Kind::Complex: return c.number != 0.0;
    case ConstantValue::Kind::Str:
    case ConstantValue::Kind::Bytes: return !c.text.empty();
  }
  return std::nullopt;
}

bool hasStarred(const ExprList& elts) {
  for (const Expr* e : elts)
    if (e->kind == NodeKind::Starred) return true;
  return false;
}

}  // namespace

void Codegen::expressions(const ExprList& es) {
  for (const Expr* e : es) expression(e);
}

void Codegen::nameOp(const std::string& rawName, ExprContext ctx, const Node* at) {
  std::string name = mangle(rawName);
  if (ctx == ExprContext::Store && (name == "__debug__"))
    error(at, "cannot assign to __debug__");
  const Symbol* sym = unit_->scope->lookup(name);
  SymbolScope scope = sym ? sym->scope : SymbolScope::GlobalImplicit;
  bool function = unit_->scope->type == BlockType::Function;
  bool inClass = unit_->scope->type == BlockType::Class;
  // A class body reads a name its methods capture, and it also binds, from its namespace.
  if (inClass && sym && (sym->flags & kDefFreeClass) && ctx == ExprContext::Load) {
    b().emit(Opcode::LOAD_CLASSDEREF, cellIndex(name));
    return;
  }
  enum { Fast, Deref, Global, NameOp } kind = NameOp;
  switch (scope) {
    case SymbolScope::Free:
    case SymbolScope::Cell: kind = Deref; break;
    case SymbolScope::Local: kind = function ? Fast : NameOp; break;
    case SymbolScope::GlobalImplicit: kind = function ? Global : NameOp; break;
    case SymbolScope::GlobalExplicit: kind = Global; break;
  }
  switch (kind) {
    case Fast: {
      uint32_t i = varnameIndex(name);
      b().emit(ctx == ExprContext::Load    ? Opcode::LOAD_FAST
               : ctx == ExprContext::Store ? Opcode::STORE_FAST
                                           : Opcode::DELETE_FAST,
               i);
      return;
    }
    case Deref: {
      uint32_t i = cellIndex(name);
      Opcode load = inClass ? Opcode::LOAD_CLASSDEREF : Opcode::LOAD_DEREF;
      b().emit(ctx == ExprContext::Load    ? load
               : ctx == ExprContext::Store ? Opcode::STORE_DEREF
                                           : Opcode::DELETE_DEREF,
               i);
      return;
    }
    case Global: {
      uint32_t i = b().addName(name);
      if (ctx == ExprContext::Load)
        b().emit(Opcode::LOAD_GLOBAL, i << 1);
      else
        b().emit(ctx == ExprContext::Store ? Opcode::STORE_GLOBAL : Opcode::DELETE_GLOBAL, i);
      return;
    }
    case NameOp: {
      uint32_t i = b().addName(name);
      b().emit(ctx == ExprContext::Load    ? Opcode::LOAD_NAME
               : ctx == ExprContext::Store ? Opcode::STORE_NAME
                                           : Opcode::DELETE_NAME,
               i);
      return;
    }
  }
}

void Codegen::expression(const Expr* e) {
  Location saved = b().location();
  setLocation(e);
  switch (e->kind) {
    case NodeKind::Constant:
      b().emit(Opcode::LOAD_CONST, addConst(static_cast<const syntax::Constant*>(e)->value));
      break;
    case NodeKind::Name: {
      auto* n = static_cast<const syntax::Name*>(e);
      nameOp(n->id, n->ctx, n);
      break;
    }
    case NodeKind::BinOp: {
      auto* op = static_cast<const BinOp*>(e);
      expression(op->left);
      expression(op->right);
      setLocation(e);
      b().emit(Opcode::BINARY_OP, static_cast<uint32_t>(op->op));
      break;
    }
    case NodeKind::UnaryOp: {
      auto* op = static_cast<const syntax::UnaryOp*>(e);
      expression(op->operand);
      setLocation(e);
      switch (op->op) {
        case UnaryOperator::Invert: b().emit(Opcode::UNARY_INVERT); break;
        case UnaryOperator::Not: b().emit(Opcode::UNARY_NOT); break;
        case UnaryOperator::UAdd: b().emit(Opcode::UNARY_POSITIVE); break;
        case UnaryOperator::USub: b().emit(Opcode::UNARY_NEGATIVE); break;
      }
      break;
    }
    case NodeKind::BoolOp: boolOp(static_cast<const BoolOp*>(e)); break;
    case NodeKind::Compare: compare(static_cast<const Compare*>(e)); break;
    case NodeKind::Call: call(static_cast<const Call*>(e)); break;
    case NodeKind::Attribute: attribute(static_cast<const Attribute*>(e)); break;
    case NodeKind::Subscript: subscript(static_cast<const Subscript*>(e)); break;
    case NodeKind::Slice: slice(static_cast<const Slice*>(e)); break;
    case NodeKind::IfExp: ifExp(static_cast<const IfExp*>(e)); break;
    case NodeKind::NamedExpr: namedExpr(static_cast<const NamedExpr*>(e)); break;
    case NodeKind::JoinedStr: joinedStr(static_cast<const JoinedStr*>(e)); break;
    case NodeKind::FormattedValue: formattedValue(static_cast<const FormattedValue*>(e)); break;
    case NodeKind::Lambda: lambda(static_cast<const syntax::Lambda*>(e)); break;
    case NodeKind::ListComp:
    case NodeKind::SetComp:
    case NodeKind::DictComp:
    case NodeKind::GeneratorExp: comprehension(e); break;
    case NodeKind::Yield:
    case NodeKind::YieldFrom: yieldExpr(e); break;
    case NodeKind::Tuple: {
      auto* t = static_cast<const Sequence*>(e);
      if (t->ctx != ExprContext::Load) error(e, "unexpected tuple target");
      if (isConstantTuple(t->elts)) {
        Ref value = constantTupleValue(t->elts);
        std::string key = "t" + reprString(I, value.get());
        b().emit(Opcode::LOAD_CONST, addConstValue(value.release(), key));
      } else {
        starUnpackHelper(t->elts, 0, Opcode::BUILD_LIST, Opcode::LIST_APPEND,
                         Opcode::LIST_EXTEND, true);
      }
      break;
    }
    case NodeKind::List:
      starUnpackHelper(static_cast<const Sequence*>(e)->elts, 0, Opcode::BUILD_LIST,
                       Opcode::LIST_APPEND, Opcode::LIST_EXTEND, false);
      break;
    case NodeKind::Set:
      starUnpackHelper(static_cast<const syntax::Set*>(e)->elts, 0, Opcode::BUILD_SET,
                       Opcode::SET_ADD, Opcode::SET_UPDATE, false);
      break;
    case NodeKind::Dict: dictDisplay(static_cast<const syntax::Dict*>(e)); break;
    case NodeKind::Starred: error(e, "can't use starred expression here");
    case NodeKind::Await: awaitExpr(static_cast<const syntax::Await*>(e)); break;
    default: error(e, "unexpected expression");
  }
  b().setLocation(saved);
}

bool Codegen::isConstantTuple(const ExprList& elts) const {
  if (elts.empty()) return true;
  for (const Expr* e : elts) {
    if (e->kind == NodeKind::Constant) continue;
    if (e->kind == NodeKind::Tuple && isConstantTuple(static_cast<const Sequence*>(e)->elts))
      continue;
    return false;
  }
  return true;
}

Ref Codegen::constantTupleValue(const ExprList& elts) {
  Tuple* t = newTuple(I, static_cast<int64_t>(elts.size()));
  Ref result = Ref::steal(Value(t));
  for (size_t i = 0; i < elts.size(); ++i) {
    if (elts[i]->kind == NodeKind::Tuple) {
      t->items()[i] = constantTupleValue(static_cast<const Sequence*>(elts[i])->elts).release();
    } else {
      t->items()[i] = constantObject(static_cast<const syntax::Constant*>(elts[i])->value).value.release();
    }
  }
  return result;
}

void Codegen::starUnpackHelper(const ExprList& elts, size_t alreadyPushed, Opcode build,
                               Opcode add, Opcode extend, bool tuple) {
  if (add == Opcode::SET_ADD && elts.size() > 2) {
    // Like CPython: a display of three or more constants adds a frozenset constant to an
    // empty set. Not just bytecode detail: merging a whole table sizes the new set
    // differently from adding one element at a time, and so changes its iteration order.
    if (Ref frozen = constantFrozenSet(elts)) {
      std::string key = "z" + reprString(I, frozen.get());
      b().emit(build, alreadyPushed);
      b().emit(Opcode::LOAD_CONST, addConstValue(frozen.release(), key));
      b().emit(extend, 1);
      return;
    }
  }
  if (!hasStarred(elts)) {
    expressions(elts);
    b().emit(tuple ? Opcode::BUILD_TUPLE : build, elts.size() + alreadyPushed);
    return;
  }
  // Build incrementally: [*a, b, *c] -> BUILD_LIST then LIST_EXTEND / LIST_APPEND.
  b().emit(build, alreadyPushed);
  for (const Expr* e : elts) {
    if (e->kind == NodeKind::Starred) {
      expression(static_cast<const Starred*>(e)->value);
      b().emit(extend, 1);
    } else {
      expression(e);
      b().emit(add, 1);
    }
  }
  if (tuple) b().emit(Opcode::LIST_TO_TUPLE);
}

// CPython keeps a display's items on the stack only up to this many values (its
// STACK_USE_GUIDELINE); a bigger display is built item by item.
constexpr size_t kStackUseGuideline = 30;

void Codegen::dictDisplay(const syntax::Dict* e) {
  bool hasUnpack = false;
  for (const Expr* k : e->keys)
    if (!k) hasUnpack = true;
  // CPython's compiler_subdict: a few items under constant keys become one keys tuple.
  size_t count = e->keys.size();
  if (!hasUnpack && count > 1 && count * 2 <= kStackUseGuideline && isConstantTuple(e->keys)) {
    for (const Expr* v : e->values)
      expression(v);
    Ref keys = constantTupleValue(e->keys);
    std::string key = "t" + reprString(I, keys.get());
    b().emit(Opcode::LOAD_CONST, addConstValue(keys.release(), key));
    setLocation(e);
    b().emit(Opcode::BUILD_CONST_KEY_MAP, static_cast<uint32_t>(count));
    return;
  }
  if (!hasUnpack && e->keys.size() < 0xFFFF) {
    for (size_t i = 0; i < e->keys.size(); ++i) {
      expression(e->keys[i]);
      expression(e->values[i]);
    }
    setLocation(e);
    b().emit(Opcode::BUILD_MAP, e->keys.size());
    return;
  }
  b().emit(Opcode::BUILD_MAP, 0);
  for (size_t i = 0; i < e->keys.size(); ++i) {
    if (!e->keys[i]) {
      expression(e->values[i]);
      b().emit(Opcode::DICT_UPDATE, 1);
    } else {
      expression(e->keys[i]);
      expression(e->values[i]);
      b().emit(Opcode::MAP_ADD, 1);
    }
  }
}

void Codegen::boolOp(const BoolOp* e) {
  Label end = b().newLabel();
  Opcode jump = e->op == BoolOperator::And ? Opcode::JUMP_IF_FALSE_OR_POP
                                           : Opcode::JUMP_IF_TRUE_OR_POP;
  for (size_t i = 0; i + 1 < e->values.size(); ++i) {
    expression(e->values[i]);
    setLocation(e);
    b().emitJump(jump, end);
  }
  expression(e->values.back());
  b().bind(end);
}

namespace {

void emitCompare(CodeBuilder& b, CmpOperator op) {
  switch (op) {
    case CmpOperator::Eq: b.emit(Opcode::COMPARE_OP, static_cast<uint32_t>(CompareOp::Eq)); break;
    case CmpOperator::NotEq:
      b.emit(Opcode::COMPARE_OP, static_cast<uint32_t>(CompareOp::Ne));
      break;
    case CmpOperator::Lt: b.emit(Opcode::COMPARE_OP, static_cast<uint32_t>(CompareOp::Lt)); break;
    case CmpOperator::LtE: b.emit(Opcode::COMPARE_OP, static_cast<uint32_t>(CompareOp::Le)); break;
    case CmpOperator::Gt: b.emit(Opcode::COMPARE_OP, static_cast<uint32_t>(CompareOp::Gt)); break;
    case CmpOperator::GtE: b.emit(Opcode::COMPARE_OP, static_cast<uint32_t>(CompareOp::Ge)); break;
    case CmpOperator::Is: b.emit(Opcode::IS_OP, 0); break;
    case CmpOperator::IsNot: b.emit(Opcode::IS_OP, 1); break;
    case CmpOperator::In: b.emit(Opcode::CONTAINS_OP, 0); break;
    case CmpOperator::NotIn: b.emit(Opcode::CONTAINS_OP, 1); break;
  }
}

}  // namespace

void Codegen::compare(const Compare* e) {
  expression(e->left);
  size_t n = e->ops.size();
  if (n == 1) {
    expression(e->comparators[0]);
    setLocation(e);
    emitCompare(b(), e->ops[0]);
    return;
  }
  Label cleanup = b().newLabel();
  Label end = b().newLabel();
  for (size_t i = 0; i + 1 < n; ++i) {
    expression(e->comparators[i]);
    setLocation(e);
    b().emit(Opcode::SWAP, 2);
    b().emit(Opcode::COPY, 2);
    emitCompare(b(), e->ops[i]);
    b().emitJump(Opcode::JUMP_IF_FALSE_OR_POP, cleanup);
  }
  expression(e->comparators[n - 1]);
  setLocation(e);
  emitCompare(b(), e->ops[n - 1]);
  b().emitJump(Opcode::JUMP, end);
  b().bind(cleanup);
  b().emit(Opcode::SWAP, 2);
  b().emit(Opcode::POP_TOP);
  b().bind(end);
}

void Codegen::jumpIf(const Expr* e, Label target, bool cond) {
  if (auto truth = constantTruth(e)) {
    if (*truth == cond) b().emitJump(Opcode::JUMP, target);
    return;
  }
  if (e->kind == NodeKind::UnaryOp && static_cast<const syntax::UnaryOp*>(e)->op == UnaryOperator::Not) {
    jumpIf(static_cast<const syntax::UnaryOp*>(e)->operand, target, !cond);
    return;
  }
  if (e->kind == NodeKind::BoolOp) {
    auto* op = static_cast<const BoolOp*>(e);
    bool isOr = op->op == BoolOperator::Or;
    // `a and b` jumps on false as soon as one operand is false; on true only if all are.
    Label next = isOr == cond ? target : b().newLabel();
    for (size_t i = 0; i + 1 < op->values.size(); ++i) jumpIf(op->values[i], next, isOr);
    jumpIf(op->values.back(), target, cond);
    if (next.id != target.id) b().bind(next);
    return;
  }
  // The jump keeps the enclosing statement's (or expression's) location, as in CPython.
  expression(e);
  b().emitJump(cond ? Opcode::POP_JUMP_IF_TRUE : Opcode::POP_JUMP_IF_FALSE, target);
}

void Codegen::ifExp(const IfExp* e) {
  Label end = b().newLabel();
  Label orelse = b().newLabel();
  jumpIf(e->test, orelse, false);
  expression(e->body);
  b().emitJump(Opcode::JUMP, end);
  b().bind(orelse);
  expression(e->orelse);
  b().bind(end);
}

void Codegen::namedExpr(const NamedExpr* e) {
  expression(e->value);
  b().emit(Opcode::COPY, 1);
  assignTarget(e->target);
}

void Codegen::attribute(const Attribute* e) {
  expression(e->value);
  setLocation(e);
  switch (e->ctx) {
    case ExprContext::Load: b().emit(Opcode::LOAD_ATTR, nameIndex(e->attr)); break;
    case ExprContext::Store: b().emit(Opcode::STORE_ATTR, nameIndex(e->attr)); break;
    case ExprContext::Del: b().emit(Opcode::DELETE_ATTR, nameIndex(e->attr)); break;
  }
}

namespace {
bool isTwoPartSlice(const Expr* e) {
  return e->kind == NodeKind::Slice && !static_cast<const Slice*>(e)->step;
}
}  // namespace

void Codegen::subscript(const Subscript* e) {
  expression(e->value);
  if (isTwoPartSlice(e->slice) && e->ctx != ExprContext::Del) {
    auto* s = static_cast<const Slice*>(e->slice);
    if (s->lower)
      expression(s->lower);
    else
      b().emit(Opcode::LOAD_CONST, noneConst());
    if (s->upper)
      expression(s->upper);
    else
      b().emit(Opcode::LOAD_CONST, noneConst());
    setLocation(e);
    b().emit(e->ctx == ExprContext::Load ? Opcode::BINARY_SLICE : Opcode::STORE_SLICE);
    return;
  }
  expression(e->slice);
  setLocation(e);
  switch (e->ctx) {
    case ExprContext::Load: b().emit(Opcode::BINARY_SUBSCR); break;
    case ExprContext::Store: b().emit(Opcode::STORE_SUBSCR); break;
    case ExprContext::Del: b().emit(Opcode::DELETE_SUBSCR); break;
  }
}

void Codegen::slice(const Slice* e) {
  uint32_t n = 2;
  if (e->lower)
    expression(e->lower);
  else
    b().emit(Opcode::LOAD_CONST, noneConst());
  if (e->upper)
    expression(e->upper);
  else
    b().emit(Opcode::LOAD_CONST, noneConst());
  if (e->step) {
    expression(e->step);
    n = 3;
  }
  setLocation(e);
  b().emit(Opcode::BUILD_SLICE, n);
}

void Codegen::formattedValue(const FormattedValue* e) {
  expression(e->value);
  uint32_t flags = 0;
  switch (e->conversion) {
    case 's': flags = 1; break;
    case 'r': flags = 2; break;
    case 'a': flags = 3; break;
    default: flags = 0; break;
  }
  if (e->format_spec) {
    expression(e->format_spec);
    flags |= 4;
  }
  setLocation(e);
  b().emit(Opcode::FORMAT_VALUE, flags);
}

void Codegen::joinedStr(const JoinedStr* e) {
  if (e->values.size() == 1 && e->values[0]->kind == NodeKind::FormattedValue) {
    formattedValue(static_cast<const FormattedValue*>(e->values[0]));
    return;
  }
  expressions(e->values);
  setLocation(e);
  if (e->values.size() != 1) b().emit(Opcode::BUILD_STRING, e->values.size());
}

bool Codegen::callMethodOptimized(const Call* e) {
  if (e->func->kind != NodeKind::Attribute) return false;
  auto* attr = static_cast<const Attribute*>(e->func);
  if (hasStarred(e->args) || e->args.size() + e->keywords.size() >= 0xFFFF) return false;
  for (const Keyword* k : e->keywords)
    if (!k->arg) return false;
  expression(attr->value);
  setLocation(attr);
  b().emit(Opcode::LOAD_METHOD, nameIndex(attr->attr));
  expressions(e->args);
  for (const Keyword* k : e->keywords) expression(k->value);
  setLocation(e);
  if (!e->keywords.empty()) {
    Tuple* names = newTuple(I, static_cast<int64_t>(e->keywords.size()));
    std::string key = "k";
    for (size_t i = 0; i < e->keywords.size(); ++i) {
      names->items()[i] = newRef(I.intern(*e->keywords[i]->arg));
      key += *e->keywords[i]->arg + ",";
    }
    b().emit(Opcode::KW_NAMES, addConstValue(Value(names), key));
  }
  b().emit(Opcode::CALL, e->args.size() + e->keywords.size());
  return true;
}

void Codegen::call(const Call* e) {
  if (callMethodOptimized(e)) return;
  // Callable in the second slot under a NULL, like CPython 3.11's PUSH_NULL convention.
  if (e->func->kind == NodeKind::Name) {
    auto* n = static_cast<const syntax::Name*>(e->func);
    const Symbol* sym = unit_->scope->lookup(mangle(n->id));
    bool global = unit_->scope->type == BlockType::Function &&
                  (!sym || sym->scope == SymbolScope::GlobalImplicit ||
                   sym->scope == SymbolScope::GlobalExplicit);
    if (global) {
      setLocation(n);
      b().emit(Opcode::LOAD_GLOBAL, (b().addName(mangle(n->id)) << 1) | 1);
    } else {
      b().emit(Opcode::PUSH_NULL);
      expression(e->func);
    }
  } else {
    b().emit(Opcode::PUSH_NULL);
    expression(e->func);
  }
  // The call itself (what a traceback underlines) is the whole expression, not the callee.
  setLocation(e);
  callHelper(0, e->args, e->keywords);
}

void Codegen::callHelper(size_t alreadyPushed, const ExprList& args,
                         const KeywordList& keywords) {
  bool dynamic = hasStarred(args);
  for (const Keyword* k : keywords)
    if (!k->arg) dynamic = true;
  for (size_t i = 0; i < keywords.size(); ++i)
    for (size_t j = i + 1; j < keywords.size(); ++j)
      if (keywords[i]->arg && keywords[j]->arg && *keywords[i]->arg == *keywords[j]->arg)
        error(keywords[j], "keyword argument repeated: " + *keywords[j]->arg);
  Location callLocation = b().location();
  if (!dynamic) {
    expressions(args);
    for (const Keyword* k : keywords) expression(k->value);
    b().setLocation(callLocation);
    if (!keywords.empty()) {
      Tuple* names = newTuple(I, static_cast<int64_t>(keywords.size()));
      std::string key = "k";
      for (size_t i = 0; i < keywords.size(); ++i) {
        names->items()[i] = newRef(I.intern(*keywords[i]->arg));
        key += *keywords[i]->arg + ",";
      }
      b().emit(Opcode::KW_NAMES, addConstValue(Value(names), key));
    }
    b().emit(Opcode::CALL, alreadyPushed + args.size() + keywords.size());
    return;
  }
  // f(*args, **kwargs): build the positional tuple and the keyword dict.
  ExprList positional;
  if (alreadyPushed) {
    b().emit(Opcode::BUILD_LIST, alreadyPushed);
    for (const Expr* a : args) {
      if (a->kind == NodeKind::Starred) {
        expression(static_cast<const Starred*>(a)->value);
        b().emit(Opcode::LIST_EXTEND, 1);
      } else {
        expression(a);
        b().emit(Opcode::LIST_APPEND, 1);
      }
    }
    b().emit(Opcode::LIST_TO_TUPLE);
  } else if (args.size() == 1 && args[0]->kind == NodeKind::Starred) {
    // f(*x): CALL_FUNCTION_EX turns any iterable into the argument tuple.
    expression(static_cast<const Starred*>(args[0])->value);
  } else {
    starUnpackHelper(args, 0, Opcode::BUILD_LIST, Opcode::LIST_APPEND, Opcode::LIST_EXTEND,
                     true);
  }
  uint32_t flags = 0;
  if (!keywords.empty()) {
    flags = 1;
    size_t plain = 0;
    bool started = false;
    auto flushPlain = [&](size_t end) {
      if (!plain) return;
      for (size_t i = end - plain; i < end; ++i) {
        ConstantValue key;
        key.kind = ConstantValue::Kind::Str;
        key.text = *keywords[i]->arg;
        b().emit(Opcode::LOAD_CONST, addConst(key));
        expression(keywords[i]->value);
      }
      b().emit(Opcode::BUILD_MAP, plain);
      if (started) b().emit(Opcode::DICT_MERGE, 1);
      started = true;
      plain = 0;
    };
    for (size_t i = 0; i < keywords.size(); ++i) {
      if (keywords[i]->arg) {
        ++plain;
        continue;
      }
      flushPlain(i);
      if (!started) {
        b().emit(Opcode::BUILD_MAP, 0);
        started = true;
      }
      expression(keywords[i]->value);
      b().emit(Opcode::DICT_MERGE, 1);
    }
    flushPlain(keywords.size());
  }
  b().setLocation(callLocation);
  b().emit(Opcode::CALL_FUNCTION_EX, flags);
}

void Codegen::unpackTargets(const ExprList& elts, const Node* at) {
  size_t starIndex = elts.size();
  for (size_t i = 0; i < elts.size(); ++i) {
    if (elts[i]->kind == NodeKind::Starred) {
      if (starIndex != elts.size()) error(at, "multiple starred expressions in assignment");
      starIndex = i;
    }
  }
  setLocation(at);
  if (starIndex == elts.size()) {
    b().emit(Opcode::UNPACK_SEQUENCE, elts.size());
  } else {
    size_t after = elts.size() - starIndex - 1;
    if (starIndex >= 256 || after >= (1u << 15))
      error(at, "too many expressions in star-unpacking assignment");
    b().emit(Opcode::UNPACK_EX, starIndex | (after << 8));
  }
  for (const Expr* t : elts) {
    assignTarget(t->kind == NodeKind::Starred ? static_cast<const Starred*>(t)->value : t);
  }
}

void Codegen::assignTarget(const Expr* target) {
  Location saved = b().location();
  setLocation(target);
  switch (target->kind) {
    case NodeKind::Name:
      nameOp(static_cast<const syntax::Name*>(target)->id, ExprContext::Store, target);
      break;
    case NodeKind::Attribute: {
      auto* a = static_cast<const Attribute*>(target);
      expression(a->value);
      setLocation(a);
      b().emit(Opcode::STORE_ATTR, nameIndex(a->attr));
      break;
    }
    case NodeKind::Subscript: subscript(static_cast<const Subscript*>(target)); break;
    case NodeKind::Tuple:
    case NodeKind::List:
      unpackTargets(static_cast<const Sequence*>(target)->elts, target);
      break;
    case NodeKind::Starred:
      error(target, "starred assignment target must be in a list or tuple");
    default:
      error(target, "cannot assign to " + std::string(nodeKindName(target->kind)));
  }
  b().setLocation(saved);
}

}  // namespace rw
