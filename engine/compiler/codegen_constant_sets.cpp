// Constant set displays. CPython turns `{1, 2, 3}` (three or more constants) and the set
// display iterated by a for loop or comprehension (`for x in {"a", "b"}`) into a frozenset
// constant. How that frozenset is built decides its table layout, and so the iteration order
// of the frozenset and of a set merged from it; we repeat CPython's steps:
//   1. frozenset(elements), adding the elements in source order;
//   2. the compiler's constant merging rebuilds it from the iteration order of step 1;
//   3. when the code object interns its string constants, a frozenset is rebuilt once more
//      (from the order of step 2) if interning replaced one of its str elements, i.e. an
//      identifier-like str that was already interned as another object: a name that occurs
//      as an identifier in the module, or one CPython interns at start-up.
#include <unordered_set>

#include "compiler/codegen.h"
#include "compiler/cpython_interned.h"
#include "objects/int.h"
#include "objects/set.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/protocols.h"

namespace rw {

using namespace syntax;

namespace {

// The rebuild of steps 2 and 3: the same elements, added in the table order of `source`.
Ref rebuiltFrozenSet(Interp& I, const rw::Set* source) {
  Ref order = Ref::steal(Value(newTuple(I, source->used)));
  const SetEntry* entry;
  int64_t next = 0;
  for (int64_t pos = 0; setNext(source, pos, entry);)
    order.as<Tuple>()->items()[next++] = newRef(entry->key);
  return Ref::steal(Value(newSetOfType(I, I.types.frozenset, order.get())));
}

bool isNameChars(std::string_view s) {
  for (char c : s) {
    bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    if (!alnum && c != '_') return false;
  }
  return true;
}

void addDottedName(std::unordered_set<std::string>& out, std::string_view dotted) {
  size_t start = 0;
  while (start <= dotted.size()) {
    size_t dot = dotted.find('.', start);
    if (dot == std::string_view::npos) dot = dotted.size();
    out.emplace(dotted.substr(start, dot - start));
    start = dot + 1;
  }
}

// Every identifier the module's source spells (CPython's parser interns them all).
std::unordered_set<std::string> moduleIdentifiers(const ParsedModule& module) {
  std::unordered_set<std::string> out;
  auto add = [&](const std::optional<std::string>& name) {
    if (name) out.insert(*name);
  };
  for (const Node* n : module.byId) {
    if (!n) continue;
    switch (n->kind) {
      case NodeKind::Name:
        out.insert(static_cast<const Name*>(n)->id);
        break;
      case NodeKind::Attribute:
        out.insert(static_cast<const Attribute*>(n)->attr);
        break;
      case NodeKind::Arg:
        out.insert(static_cast<const Arg*>(n)->arg);
        break;
      case NodeKind::Keyword:
        add(static_cast<const Keyword*>(n)->arg);
        break;
      case NodeKind::FunctionDef:
      case NodeKind::AsyncFunctionDef:
        out.insert(static_cast<const FunctionDef*>(n)->name);
        break;
      case NodeKind::ClassDef:
        out.insert(static_cast<const ClassDef*>(n)->name);
        break;
      case NodeKind::Alias: {
        auto* a = static_cast<const Alias*>(n);
        addDottedName(out, a->name);
        add(a->asname);
        break;
      }
      case NodeKind::ImportFrom: {
        auto* i = static_cast<const ImportFrom*>(n);
        if (i->module) addDottedName(out, *i->module);
        break;
      }
      case NodeKind::Global:
        for (const auto& name : static_cast<const Global*>(n)->names)
          out.insert(name);
        break;
      case NodeKind::Nonlocal:
        for (const auto& name : static_cast<const Nonlocal*>(n)->names)
          out.insert(name);
        break;
      case NodeKind::ExceptHandler:
        add(static_cast<const ExceptHandler*>(n)->name);
        break;
      case NodeKind::MatchAs:
        add(static_cast<const MatchAs*>(n)->name);
        break;
      case NodeKind::MatchStar:
        add(static_cast<const MatchStar*>(n)->name);
        break;
      case NodeKind::MatchMapping:
        add(static_cast<const MatchMapping*>(n)->rest);
        break;
      case NodeKind::MatchClass:
        for (const auto& name : static_cast<const MatchClass*>(n)->kwd_attrs)
          out.insert(name);
        break;
      default:
        break;
    }
  }
  return out;
}

// CPython's AST optimizer folds a binary operation on constants unless the result could be
// big: the limits of safe_multiply, safe_power, safe_lshift and safe_mod in ast_opt.c.
bool foldable(Interp& I, Value left, Operator op, Value right) {
  constexpr uint64_t kMaxIntBits = 128, kMaxCollectionSize = 256, kMaxStrSize = 4096;
  auto isString = [&](Value v) { return isType(I, v, I.types.str) || isType(I, v, I.types.bytes); };
  auto bits = [](Value v) { return toBigInt(v).bitLength(); };
  auto nonZero = [](Value v) { return !toBigInt(v).isZero(); };
  switch (op) {
    case Operator::Mult: {
      if (isInt(I, right) && !isInt(I, left)) std::swap(left, right);
      if (!isInt(I, left)) return true;
      if (isInt(I, right))
        return !nonZero(left) || !nonZero(right) || bits(left) + bits(right) <= kMaxIntBits;
      bool collection = isType(I, right, I.types.tuple) || isType(I, right, I.types.frozenset);
      if (!collection && !isString(right)) return true;
      int64_t size = length(I, right);
      if (size == 0) return true;
      int64_t n;
      if (!intToInt64(left, n) || n < 0) return false;
      // (Nested collections are not counted: set constants hold no big tuples.)
      return n <= static_cast<int64_t>(collection ? kMaxCollectionSize : kMaxStrSize) / size;
    }
    case Operator::Pow:
      if (!isInt(I, left) || !isInt(I, right) || !nonZero(left) || toBigInt(right).sign() <= 0)
        return true;
      if (!toBigInt(right).fitsInt64()) return false;
      return bits(left) <= kMaxIntBits / static_cast<uint64_t>(toBigInt(right).toInt64());
    case Operator::LShift:
      if (!isInt(I, left) || !isInt(I, right) || !nonZero(left) || !nonZero(right)) return true;
      if (toBigInt(right).sign() < 0 || bits(right) > 64) return false;
      return static_cast<uint64_t>(toBigInt(right).toInt64()) <= kMaxIntBits &&
             bits(left) <= kMaxIntBits - static_cast<uint64_t>(toBigInt(right).toInt64());
    case Operator::Mod:
      return !isString(left);
    default:
      return true;
  }
}

}  // namespace

Ref Codegen::foldedConstant(const Expr* e) {
  switch (e->kind) {
    case NodeKind::Constant: return constantObject(static_cast<const syntax::Constant*>(e)->value).value;
    case NodeKind::Tuple: {
      const ExprList& elts = static_cast<const Sequence*>(e)->elts;
      std::vector<Ref> items;
      for (const Expr* elt : elts) {
        items.push_back(foldedConstant(elt));
        if (!items.back()) return Ref();
      }
      Tuple* t = newTuple(I, static_cast<int64_t>(items.size()));
      for (size_t i = 0; i < items.size(); ++i)
        t->items()[i] = items[i].release();
      return Ref::steal(Value(t));
    }
    case NodeKind::UnaryOp: {
      auto* u = static_cast<const syntax::UnaryOp*>(e);
      if (u->op == UnaryOperator::Not) return Ref();
      Ref operand = foldedConstant(u->operand);
      if (!operand) return Ref();
      Type* t = typeOf(I, operand.get());
      bool inexact = t == I.types.float_ || t == I.types.complex;
      bool number = t == I.types.int_ || t == I.types.bool_ || inexact;
      if (!number || (u->op == UnaryOperator::Invert && inexact)) return Ref();
      rw::UnaryOp op = u->op == UnaryOperator::USub   ? rw::UnaryOp::Negative
                       : u->op == UnaryOperator::UAdd ? rw::UnaryOp::Positive
                                                      : rw::UnaryOp::Invert;
      return Ref::steal(unaryOp(I, operand.get(), op));
    }
    case NodeKind::BinOp: {
      auto* b = static_cast<const syntax::BinOp*>(e);
      Ref left = foldedConstant(b->left);
      Ref right = left ? foldedConstant(b->right) : Ref();
      if (!right || !foldable(I, left.get(), b->op, right.get())) return Ref();
      // The operators are numbered like the runtime's binary operations.
      auto op = static_cast<rw::BinaryOp>(static_cast<int>(b->op));
      try {
        return Ref::steal(binaryOp(I, left.get(), right.get(), op));
      } catch (PyException&) {
        // An operation that fails (1 / 0) is left for run time, as CPython does.
        Ref discarded = Ref::steal(I.takePendingException());
        return Ref();
      }
    }
    default:
      return Ref();
  }
}

Ref Codegen::constantFrozenSet(const ExprList& elts) {
  Tuple* items = newTuple(I, static_cast<int64_t>(elts.size()));
  Ref itemsRef = Ref::steal(Value(items));
  for (size_t i = 0; i < elts.size(); ++i) {
    Ref value = foldedConstant(elts[i]);
    if (!value) return Ref();
    items->items()[i] = value.release();
  }
  Ref built = Ref::steal(Value(newSetOfType(I, I.types.frozenset, itemsRef.get())));
  Ref merged = rebuiltFrozenSet(I, built.as<rw::Set>());

  std::unordered_set<std::string> identifiers;
  bool identifiersKnown = false;
  bool replacedByInterning = false;
  for (int64_t i = 0; i < items->size && !replacedByInterning; ++i) {
    Value v = items->item(i);
    if (!isType(I, v, I.types.str)) continue;
    std::string_view text = strView(v);
    if (text.empty() || !isNameChars(text)) continue;
    if (cpythonInternedAtStartup(text)) {
      replacedByInterning = true;
      break;
    }
    if (!identifiersKnown) {
      identifiers = moduleIdentifiers(*input_.module);
      identifiersKnown = true;
    }
    // A one-character identifier is the same shared object as the literal: no replacement.
    replacedByInterning = text.size() > 1 && identifiers.count(std::string(text)) != 0;
  }
  if (!replacedByInterning) return merged;
  return rebuiltFrozenSet(I, merged.as<rw::Set>());
}

void Codegen::iterable(const Expr* e) {
  if (e->kind == NodeKind::Set) {
    if (Ref frozen = constantFrozenSet(static_cast<const syntax::Set*>(e)->elts)) {
      setLocation(e);
      std::string key = "z" + reprString(I, frozen.get());
      b().emit(Opcode::LOAD_CONST, addConstValue(frozen.release(), key));
      return;
    }
  }
  expression(e);
}

}  // namespace rw
