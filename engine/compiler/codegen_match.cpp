// Code generation for the match statement (PEP 634), following CPython 3.11's compiler: each
// case's pattern consumes a copy of the subject; captured values wait on the stack until the
// whole pattern has matched and are stored then; a failing test jumps to a chain of POP_TOPs
// that removes exactly what that point of the pattern left on the stack. The compile-time
// errors (unreachable patterns, repeated names, ...) are CPython's, reported at the pattern
// CPython's compiler was working on.
#include <algorithm>
#include <optional>

#include "compiler/codegen.h"
#include "objects/set.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/interp.h"
#include "runtime/protocols.h"

namespace rw {

using namespace syntax;

namespace {

bool isWildcard(const Pattern* p) {
  return p->kind == NodeKind::MatchAs && !static_cast<const MatchAs*>(p)->pattern &&
         !static_cast<const MatchAs*>(p)->name;
}

bool isStarWildcard(const Pattern* p) {
  return p->kind == NodeKind::MatchStar && !static_cast<const MatchStar*>(p)->name;
}

// The state of one pattern (CPython's pattern_context).
struct PatternContext {
  // Names captured so far; their values sit on the stack under `onTop` other values.
  std::vector<std::string> stores;
  // Whether an irrefutable pattern is allowed here (only in the last case, or a guarded one).
  bool allowIrrefutable = false;
  // failPop[n] pops n values and then fails.
  std::vector<Label> failPop;
  // Values above the captures that a failure must pop as well.
  size_t onTop = 0;
};

}  // namespace

class PatternCompiler {
 public:
  explicit PatternCompiler(Codegen& g) : g_(g) {}

  void matchStatement(const syntax::Match* s) {
    g_.expression(s->subject);
    Label end = b().newLabel();
    size_t cases = s->cases.size();
    const MatchCase* last = s->cases.back();
    // A trailing `case _:` needs no copy of the subject: it is the fallthrough.
    bool hasDefault = isWildcard(last->pattern) && cases > 1;
    for (size_t i = 0; i < cases - (hasDefault ? 1 : 0); ++i) {
      const MatchCase* c = s->cases[i];
      locate(c->pattern);
      bool lastTested = i == cases - (hasDefault ? 1 : 0) - 1;
      if (!lastTested) b().emit(Opcode::COPY, 1);
      PatternContext pc;
      pc.allowIrrefutable = c->guard != nullptr || i == cases - 1;
      pattern(c->pattern, pc);
      for (const std::string& name : pc.stores)
        g_.nameOp(name, ExprContext::Store, current_);
      if (c->guard) {
        ensureFailPop(pc, 0);
        g_.jumpIf(c->guard, pc.failPop[0], false);
      }
      if (!lastTested) b().emit(Opcode::POP_TOP);
      g_.statements(c->body);
      b().emitJump(Opcode::JUMP, end);
      // A failed case's cleanup belongs to its pattern's line, not to the body's last line.
      locate(c->pattern);
      emitAndResetFailPop(pc);
    }
    if (hasDefault) {
      locate(last->pattern);
      b().emit(Opcode::NOP);
      if (last->guard) g_.jumpIf(last->guard, end, false);
      g_.statements(last->body);
    }
    b().bind(end);
  }

 private:
  CodeBuilder& b() { return g_.b(); }

  // Instructions from here on belong to `node`, and so do compile errors (CPython reports
  // them at the node its compiler last positioned on).
  void locate(const Node* node) {
    current_ = node;
    g_.setLocation(node);
  }
  [[noreturn]] void fail(const std::string& message) { g_.error(current_, message); }

  void pattern(const Pattern* p, PatternContext& pc) {
    locate(p);
    switch (p->kind) {
      case NodeKind::MatchValue:
        valuePattern(static_cast<const MatchValue*>(p), pc);
        break;
      case NodeKind::MatchSingleton:
        singletonPattern(static_cast<const MatchSingleton*>(p), pc);
        break;
      case NodeKind::MatchSequence:
        sequencePattern(static_cast<const MatchSequence*>(p), pc);
        break;
      case NodeKind::MatchMapping:
        mappingPattern(static_cast<const MatchMapping*>(p), pc);
        break;
      case NodeKind::MatchClass:
        classPattern(static_cast<const MatchClass*>(p), pc);
        break;
      case NodeKind::MatchStar:
        storeName(static_cast<const MatchStar*>(p)->name, pc);
        break;
      case NodeKind::MatchAs:
        asPattern(static_cast<const MatchAs*>(p), pc);
        break;
      case NodeKind::MatchOr:
        orPattern(static_cast<const MatchOr*>(p), pc);
        break;
      default:
        fail("unexpected pattern");
    }
  }

  // A pattern inside another: irrefutable is fine there.
  void subpattern(const Pattern* p, PatternContext& pc) {
    bool allow = pc.allowIrrefutable;
    pc.allowIrrefutable = true;
    pattern(p, pc);
    pc.allowIrrefutable = allow;
  }

  // ---- failure paths ----------------------------------------------------------------------
  void ensureFailPop(PatternContext& pc, size_t pops) {
    while (pc.failPop.size() < pops + 1)
      pc.failPop.push_back(b().newLabel());
  }
  void jumpToFailPop(PatternContext& pc, Opcode op) {
    size_t pops = pc.onTop + pc.stores.size();
    ensureFailPop(pc, pops);
    b().emitJump(op, pc.failPop[pops]);
  }
  void emitAndResetFailPop(PatternContext& pc) {
    if (pc.failPop.empty()) return;
    for (size_t n = pc.failPop.size() - 1; n > 0; --n) {
      b().bind(pc.failPop[n]);
      b().emit(Opcode::POP_TOP);
    }
    b().bind(pc.failPop[0]);
    pc.failPop.clear();
  }

  // ---- captures ---------------------------------------------------------------------------
  // Moves the top value `count - 1` places down (3.10's ROT_N as SWAPs).
  void rotate(size_t count) {
    while (count > 1)
      b().emit(Opcode::SWAP, static_cast<uint32_t>(count--));
  }

  void storeName(const OptIdentifier& name, PatternContext& pc) {
    if (!name) {
      b().emit(Opcode::POP_TOP);
      return;
    }
    if (*name == "__debug__") fail("cannot assign to __debug__");
    if (std::find(pc.stores.begin(), pc.stores.end(), *name) != pc.stores.end())
      duplicateStore(*name);
    // The value goes under everything the rest of the pattern still needs.
    rotate(pc.onTop + pc.stores.size() + 1);
    pc.stores.push_back(*name);
  }

  [[noreturn]] void duplicateStore(const std::string& name) {
    fail("multiple assignments to name " + quoted(name) + " in pattern");
  }

  std::string quoted(const std::string& text) {
    Ref s = Ref::steal(Value(newStr(g_.I, text)));
    return reprString(g_.I, s.get());
  }

  // ---- the kinds of pattern ---------------------------------------------------------------
  void asPattern(const MatchAs* p, PatternContext& pc) {
    if (!p->pattern) {
      if (!pc.allowIrrefutable) {
        if (p->name)
          fail("name capture " + quoted(*p->name) + " makes remaining patterns unreachable");
        fail("wildcard makes remaining patterns unreachable");
      }
      storeName(p->name, pc);
      return;
    }
    // Keep a copy to capture once the inner pattern matched.
    ++pc.onTop;
    b().emit(Opcode::COPY, 1);
    pattern(p->pattern, pc);
    --pc.onTop;
    storeName(p->name, pc);
  }

  void valuePattern(const MatchValue* p, PatternContext& pc) {
    const Expr* value = p->value;
    if (value->kind == NodeKind::Constant || value->kind == NodeKind::Attribute) {
      g_.expression(value);
    } else if (Ref literal = literalValue(value)) {
      std::string key =
          "p" + std::string(typeName(g_.I, literal.get())) + reprString(g_.I, literal.get());
      b().emit(Opcode::LOAD_CONST, g_.addConstValue(literal.release(), key));
    } else {
      fail("patterns may only match literals and attribute lookups");
    }
    b().emit(Opcode::COMPARE_OP, static_cast<uint32_t>(CompareOp::Eq));
    jumpToFailPop(pc, Opcode::POP_JUMP_IF_FALSE);
  }

  // A literal of a pattern as the constant CPython's optimizer folds it into (negative
  // numbers, complex literals such as -1 + 2j), or null.
  Ref literalValue(const Expr* e) {
    if (e->kind != NodeKind::BinOp) return g_.foldedConstant(e);
    auto* op = static_cast<const syntax::BinOp*>(e);
    if (op->op != Operator::Add && op->op != Operator::Sub) return Ref();
    Ref left = g_.foldedConstant(op->left);
    Ref right = g_.foldedConstant(op->right);
    if (!left || !right) return Ref();
    BinaryOp which = op->op == Operator::Add ? BinaryOp::Add : BinaryOp::Subtract;
    return Ref::steal(binaryOp(g_.I, left.get(), right.get(), which));
  }

  void singletonPattern(const MatchSingleton* p, PatternContext& pc) {
    if (p->value.kind == ConstantValue::Kind::None) {
      jumpToFailPop(pc, Opcode::POP_JUMP_IF_NOT_NONE);
      return;
    }
    b().emit(Opcode::LOAD_CONST, g_.addConst(p->value));
    b().emit(Opcode::IS_OP, 0);
    jumpToFailPop(pc, Opcode::POP_JUMP_IF_FALSE);
  }

  void sequencePattern(const MatchSequence* p, PatternContext& pc) {
    const PatternList& patterns = p->patterns;
    size_t size = patterns.size();
    std::optional<size_t> star;
    bool onlyWildcards = true;
    bool starWildcard = false;
    for (size_t i = 0; i < size; ++i) {
      const Pattern* q = patterns[i];
      if (q->kind == NodeKind::MatchStar) {
        if (star) fail("multiple starred names in sequence pattern");
        starWildcard = isStarWildcard(q);
        onlyWildcards = onlyWildcards && starWildcard;
        star = i;
        continue;
      }
      onlyWildcards = onlyWildcards && isWildcard(q);
    }
    // The subject stays on top for the type and length checks.
    ++pc.onTop;
    b().emit(Opcode::MATCH_SEQUENCE);
    jumpToFailPop(pc, Opcode::POP_JUMP_IF_FALSE);
    if (!star) {
      lengthCheck(size, CompareOp::Eq, pc);
    } else if (size > 1) {
      lengthCheck(size - 1, CompareOp::Ge, pc);
    }
    --pc.onTop;
    if (onlyWildcards) {
      b().emit(Opcode::POP_TOP);
    } else if (starWildcard) {
      sequenceBySubscript(patterns, *star, pc);
    } else {
      sequenceByUnpacking(patterns, pc);
    }
  }

  void lengthCheck(size_t size, CompareOp op, PatternContext& pc) {
    b().emit(Opcode::GET_LEN);
    loadIndex(static_cast<int64_t>(size));
    b().emit(Opcode::COMPARE_OP, static_cast<uint32_t>(op));
    jumpToFailPop(pc, Opcode::POP_JUMP_IF_FALSE);
  }

  void loadIndex(int64_t n) {
    ConstantValue c;
    c.kind = ConstantValue::Kind::Int;
    c.text = std::to_string(n);
    b().emit(Opcode::LOAD_CONST, g_.addConst(c));
  }

  void sequenceByUnpacking(const PatternList& patterns, PatternContext& pc) {
    size_t size = patterns.size();
    auto star = std::find_if(patterns.begin(), patterns.end(),
                             [](const Pattern* q) { return q->kind == NodeKind::MatchStar; });
    if (star == patterns.end()) {
      b().emit(Opcode::UNPACK_SEQUENCE, static_cast<uint32_t>(size));
    } else {
      size_t before = static_cast<size_t>(star - patterns.begin());
      size_t after = size - before - 1;
      if (before >= 256 || after >= (kMaxArg >> 8))
        fail("too many expressions in star-unpacking sequence pattern");
      b().emit(Opcode::UNPACK_EX, static_cast<uint32_t>(before | (after << 8)));
    }
    // Every item stays on the stack until its own sub-pattern takes it.
    pc.onTop += size;
    for (const Pattern* q : patterns) {
      --pc.onTop;
      subpattern(q, pc);
    }
  }

  // With a star wildcard ([first, *_, last]) only the items the pattern looks at are
  // fetched, by index from the front or (through the length) from the back.
  void sequenceBySubscript(const PatternList& patterns, size_t star, PatternContext& pc) {
    size_t size = patterns.size();
    ++pc.onTop;
    for (size_t i = 0; i < size; ++i) {
      const Pattern* q = patterns[i];
      if (isWildcard(q) || i == star) continue;
      b().emit(Opcode::COPY, 1);
      if (i < star) {
        loadIndex(static_cast<int64_t>(i));
      } else {
        // The subject may not support negative indexes.
        b().emit(Opcode::GET_LEN);
        loadIndex(static_cast<int64_t>(size - i));
        b().emit(Opcode::BINARY_OP, static_cast<uint32_t>(BinaryOp::Subtract));
      }
      b().emit(Opcode::BINARY_SUBSCR);
      subpattern(q, pc);
    }
    --pc.onTop;
    b().emit(Opcode::POP_TOP);
  }

  void mappingPattern(const MatchMapping* p, PatternContext& pc) {
    const ExprList& keys = p->keys;
    size_t size = keys.size();
    ++pc.onTop;
    b().emit(Opcode::MATCH_MAPPING);
    jumpToFailPop(pc, Opcode::POP_JUMP_IF_FALSE);
    if (size == 0 && !p->rest) {
      // `case {}:` matches any mapping.
      --pc.onTop;
      b().emit(Opcode::POP_TOP);
      return;
    }
    if (size > 0) lengthCheck(size, CompareOp::Ge, pc);
    loadMappingKeys(keys);
    b().emit(Opcode::MATCH_KEYS);
    // The tuple of keys and the tuple of values (or None) are now over the subject.
    pc.onTop += 2;
    b().emit(Opcode::COPY, 1);
    jumpToFailPop(pc, Opcode::POP_JUMP_IF_NONE);
    b().emit(Opcode::UNPACK_SEQUENCE, static_cast<uint32_t>(size));
    // The values replace their tuple; each stays until its own sub-pattern takes it.
    pc.onTop = pc.onTop + size - 1;
    for (const Pattern* q : p->patterns) {
      --pc.onTop;
      subpattern(q, pc);
    }
    // Matched: what follows consumes the keys and the subject.
    pc.onTop -= 2;
    if (p->rest) {
      // rest = dict(subject), then del rest[key] for every key of the pattern.
      b().emit(Opcode::BUILD_MAP, 0);
      b().emit(Opcode::SWAP, 3);
      b().emit(Opcode::DICT_UPDATE, 2);
      b().emit(Opcode::UNPACK_SEQUENCE, static_cast<uint32_t>(size));
      for (size_t left = size; left > 0; --left) {
        b().emit(Opcode::COPY, static_cast<uint32_t>(1 + left));
        b().emit(Opcode::SWAP, 2);
        b().emit(Opcode::DELETE_SUBSCR);
      }
      storeName(p->rest, pc);
    } else {
      b().emit(Opcode::POP_TOP);
      b().emit(Opcode::POP_TOP);
    }
  }

  // Pushes the tuple of a mapping pattern's keys (a constant when every key is a literal),
  // refusing a literal key given twice.
  void loadMappingKeys(const ExprList& keys) {
    Ref seen = Ref::steal(Value(newSet(g_.I)));
    std::vector<Ref> constants;
    for (const Expr* key : keys) {
      Ref folded = key->kind == NodeKind::Attribute ? Ref() : literalValue(key);
      if (folded) {
        if (setContains(g_.I, seen.as<rw::Set>(), folded.get()))
          fail("mapping pattern checks duplicate key (" + reprString(g_.I, folded.get()) + ")");
        setAdd(g_.I, seen.as<rw::Set>(), folded.get());
      } else if (key->kind != NodeKind::Attribute) {
        fail("mapping pattern keys may only match literals and attribute lookups");
      }
      constants.push_back(std::move(folded));
    }
    bool allConstant = std::all_of(constants.begin(), constants.end(),
                                   [](const Ref& r) { return static_cast<bool>(r); });
    if (allConstant) {
      Tuple* t = newTuple(g_.I, static_cast<int64_t>(constants.size()));
      Ref tuple = Ref::steal(Value(t));
      for (size_t i = 0; i < constants.size(); ++i)
        t->items()[i] = constants[i].release();
      std::string key = "k" + reprString(g_.I, tuple.get());
      b().emit(Opcode::LOAD_CONST, g_.addConstValue(tuple.release(), key));
      return;
    }
    for (const Expr* key : keys)
      g_.expression(key);
    b().emit(Opcode::BUILD_TUPLE, static_cast<uint32_t>(keys.size()));
  }

  void classPattern(const MatchClass* p, PatternContext& pc) {
    size_t nargs = p->patterns.size();
    size_t nattrs = p->kwd_attrs.size();
    if (nattrs) {
      checkKeywordAttributes(p);
      locate(p);
    }
    g_.expression(p->cls);
    Tuple* names = newTuple(g_.I, static_cast<int64_t>(nattrs));
    Ref namesRef = Ref::steal(Value(names));
    std::string key = "a";
    for (size_t i = 0; i < nattrs; ++i) {
      names->items()[i] = newRef(Value(g_.I.intern(p->kwd_attrs[i])));
      key += p->kwd_attrs[i] + ",";
    }
    b().emit(Opcode::LOAD_CONST, g_.addConstValue(namesRef.release(), key));
    b().emit(Opcode::MATCH_CLASS, static_cast<uint32_t>(nargs));
    // A tuple of the positional then keyword attributes, or None.
    b().emit(Opcode::COPY, 1);
    ++pc.onTop;
    jumpToFailPop(pc, Opcode::POP_JUMP_IF_NONE);
    b().emit(Opcode::UNPACK_SEQUENCE, static_cast<uint32_t>(nargs + nattrs));
    pc.onTop = pc.onTop + nargs + nattrs - 1;
    for (size_t i = 0; i < nargs + nattrs; ++i) {
      --pc.onTop;
      const Pattern* q = i < nargs ? p->patterns[i] : p->kwd_patterns[i - nargs];
      if (isWildcard(q)) {
        b().emit(Opcode::POP_TOP);
        continue;
      }
      subpattern(q, pc);
    }
  }

  void checkKeywordAttributes(const MatchClass* p) {
    const std::vector<Identifier>& attrs = p->kwd_attrs;
    for (size_t i = 0; i < attrs.size(); ++i) {
      locate(p->kwd_patterns[i]);
      if (attrs[i] == "__debug__") fail("cannot assign to __debug__");
      for (size_t j = i + 1; j < attrs.size(); ++j) {
        if (attrs[i] != attrs[j]) continue;
        locate(p->kwd_patterns[j]);
        fail("attribute name repeated in class pattern: " + attrs[i]);
      }
    }
  }

  void orPattern(const MatchOr* p, PatternContext& pc) {
    Label end = b().newLabel();
    size_t size = p->patterns.size();
    PatternContext outer = std::move(pc);
    // The names the first alternative binds, in the order every alternative leaves them.
    std::vector<std::string> control;
    for (size_t i = 0; i < size; ++i) {
      const Pattern* alt = p->patterns[i];
      locate(alt);
      PatternContext inner;
      // An irrefutable alternative must be the last one, if allowed at all.
      inner.allowIrrefutable = i == size - 1 && outer.allowIrrefutable;
      b().emit(Opcode::COPY, 1);
      pattern(alt, inner);
      if (i == 0) {
        control = inner.stores;
      } else {
        alignWithControl(inner.stores, control);
      }
      b().emitJump(Opcode::JUMP, end);
      emitAndResetFailPop(inner);
    }
    pc = std::move(outer);
    // No alternative matched: pop the remaining copy of the subject and fail.
    b().emit(Opcode::POP_TOP);
    jumpToFailPop(pc, Opcode::JUMP);
    b().bind(end);
    // Each new capture moves under the subject copy, anything on top and earlier captures.
    size_t rotations = control.size() + 1 + pc.onTop + pc.stores.size();
    for (const std::string& name : control) {
      rotate(rotations);
      if (std::find(pc.stores.begin(), pc.stores.end(), name) != pc.stores.end())
        duplicateStore(name);
      pc.stores.push_back(name);
    }
    b().emit(Opcode::POP_TOP);
  }

  // An alternative must bind the same names as the first; its captures are reordered on
  // the stack to the first alternative's order.
  void alignWithControl(std::vector<std::string>& stores, const std::vector<std::string>& control) {
    if (stores.size() != control.size()) fail("alternative patterns bind different names");
    for (size_t icontrol = control.size(); icontrol-- > 0;) {
      auto found = std::find(stores.begin(), stores.end(), control[icontrol]);
      if (found == stores.end()) fail("alternative patterns bind different names");
      size_t istores = static_cast<size_t>(found - stores.begin());
      if (istores == icontrol) continue;
      // Move stores[0..istores] to just before position icontrol, on the stack as well.
      size_t moved = istores + 1;
      std::vector<std::string> rotated(stores.begin(), stores.begin() + static_cast<long>(moved));
      stores.erase(stores.begin(), stores.begin() + static_cast<long>(moved));
      stores.insert(stores.begin() + static_cast<long>(icontrol - istores), rotated.begin(),
                    rotated.end());
      for (size_t r = 0; r < moved; ++r)
        rotate(icontrol + 1);
    }
  }

  Codegen& g_;
  const Node* current_ = nullptr;
};

void Codegen::matchStatement(const syntax::Match* s) {
  PatternCompiler(*this).matchStatement(s);
}

}  // namespace rw
