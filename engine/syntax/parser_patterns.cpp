// Patterns of the match statement (PEP 634), as in CPython 3.11's grammar.
#include "syntax/parser_internal.h"

namespace rw::syntax::detail {

// patterns: open_sequence_pattern | pattern
Pattern* Parser::patterns() {
  size_t start = pos_;
  PatternList list;
  if (openSequencePattern(list)) {
    MatchSequence* p = make<MatchSequence>(start);
    p->patterns = std::move(list);
    return p;
  }
  pos_ = start;
  return pattern();
}

// pattern: as_pattern | or_pattern
Pattern* Parser::pattern() {
  if (Pattern* p = asPattern()) return p;
  return orPattern();
}

// as_pattern: or_pattern 'as' pattern_capture_target | invalid_as_pattern
Pattern* Parser::asPattern() {
  size_t start = pos_;
  if (Pattern* inner = orPattern()) {
    if (expect(Tk::As)) {
      if (Name* target = patternCaptureTarget()) {
        MatchAs* p = make<MatchAs>(start);
        p->pattern = inner;
        p->name = target->id;
        return p;
      }
    }
  }
  pos_ = start;
  if (callInvalidRules_) invalidAsPattern();
  pos_ = start;
  return nullptr;
}

// or_pattern: '|'.closed_pattern+
Pattern* Parser::orPattern() {
  size_t start = pos_;
  PatternList list;
  bool matched = separated(Tk::VBar, [&] {
    Pattern* p = closedPattern();
    if (p) list.push_back(p);
    return p != nullptr;
  });
  if (!matched) return nullptr;
  if (list.size() == 1) return list.front();
  MatchOr* p = make<MatchOr>(start);
  p->patterns = std::move(list);
  return p;
}

// closed_pattern (memo):
//   | literal_pattern | capture_pattern | wildcard_pattern | value_pattern | group_pattern
//   | sequence_pattern | mapping_pattern | class_pattern
Pattern* Parser::closedPattern() {
  return memoized<Pattern>(Rule::ClosedPattern, [&]() -> Pattern* {
    if (Pattern* p = literalPattern()) return p;
    if (Pattern* p = capturePattern()) return p;
    if (Pattern* p = wildcardPattern()) return p;
    if (Pattern* p = valuePattern()) return p;
    if (Pattern* p = groupPattern()) return p;
    if (Pattern* p = sequencePattern()) return p;
    if (Pattern* p = mappingPattern()) return p;
    return classPattern();
  });
}

// literal_pattern:
//   | signed_number !('+' | '-') | complex_number | strings | 'None' | 'True' | 'False'
Pattern* Parser::literalPattern() {
  size_t start = pos_;
  auto value = [&](Expr* e) {
    MatchValue* p = make<MatchValue>(start);
    p->value = e;
    return p;
  };
  if (Expr* number = signedNumber()) {
    if (!atAnyOf({Tk::Plus, Tk::Minus})) return value(number);
    pos_ = start;
  }
  if (Expr* complex = complexNumber()) return value(complex);
  if (check(Tk::String)) {
    if (Expr* text = strings()) return value(text);
  }
  ConstantValue::Kind kind;
  switch (peek()) {
    case Tk::None:
      kind = ConstantValue::Kind::None;
      break;
    case Tk::True:
      kind = ConstantValue::Kind::True;
      break;
    case Tk::False:
      kind = ConstantValue::Kind::False;
      break;
    default:
      return nullptr;
  }
  ++pos_;
  MatchSingleton* p = make<MatchSingleton>(start);
  p->value.kind = kind;
  return p;
}

// literal_expr:
//   | signed_number !('+' | '-') | complex_number | strings | 'None' | 'True' | 'False'
Expr* Parser::literalExpr() {
  size_t start = pos_;
  if (Expr* number = signedNumber()) {
    if (!atAnyOf({Tk::Plus, Tk::Minus})) return number;
    pos_ = start;
  }
  if (Expr* complex = complexNumber()) return complex;
  if (check(Tk::String)) {
    if (Expr* text = strings()) return text;
  }
  ConstantValue::Kind kind;
  switch (peek()) {
    case Tk::None:
      kind = ConstantValue::Kind::None;
      break;
    case Tk::True:
      kind = ConstantValue::Kind::True;
      break;
    case Tk::False:
      kind = ConstantValue::Kind::False;
      break;
    default:
      return nullptr;
  }
  ++pos_;
  Constant* c = make<Constant>(start);
  c->value.kind = kind;
  return c;
}

// complex_number: signed_real_number ('+' | '-') imaginary_number
Expr* Parser::complexNumber() {
  size_t start = pos_;
  if (Expr* real = signedRealNumber()) {
    Operator op;
    bool matched = true;
    if (expect(Tk::Plus)) {
      op = Operator::Add;
    } else if (expect(Tk::Minus)) {
      op = Operator::Sub;
    } else {
      matched = false;
    }
    if (matched) {
      if (Expr* imag = imaginaryNumber()) {
        BinOp* e = make<BinOp>(start);
        e->left = real;
        e->op = op;
        e->right = imag;
        return e;
      }
    }
  }
  pos_ = start;
  return nullptr;
}

// signed_number: NUMBER | '-' NUMBER
Expr* Parser::signedNumber() {
  size_t start = pos_;
  if (check(Tk::Number)) return number(*tokens_[pos_].token);
  if (expect(Tk::Minus) && check(Tk::Number)) {
    Expr* operand = number(*tokens_[pos_].token);
    UnaryOp* e = make<UnaryOp>(start);
    e->op = UnaryOperator::USub;
    e->operand = operand;
    return e;
  }
  pos_ = start;
  return nullptr;
}

// signed_real_number: real_number | '-' real_number
Expr* Parser::signedRealNumber() {
  size_t start = pos_;
  if (check(Tk::Number)) return realNumber();
  if (expect(Tk::Minus)) {
    if (Expr* operand = realNumber()) {
      UnaryOp* e = make<UnaryOp>(start);
      e->op = UnaryOperator::USub;
      e->operand = operand;
      return e;
    }
  }
  pos_ = start;
  return nullptr;
}

// real_number: NUMBER, which must not be imaginary
Expr* Parser::realNumber() {
  if (!check(Tk::Number)) return nullptr;
  auto* c = static_cast<Constant*>(number(*tokens_[pos_].token));
  if (c->value.kind == ConstantValue::Kind::Complex) {
    raiseAtNode(c, "real number required in complex literal");
  }
  return c;
}

// imaginary_number: NUMBER, which must be imaginary
Expr* Parser::imaginaryNumber() {
  if (!check(Tk::Number)) return nullptr;
  auto* c = static_cast<Constant*>(number(*tokens_[pos_].token));
  if (c->value.kind != ConstantValue::Kind::Complex) {
    raiseAtNode(c, "imaginary number required in complex literal");
  }
  return c;
}

// capture_pattern: pattern_capture_target
Pattern* Parser::capturePattern() {
  size_t start = pos_;
  Name* target = patternCaptureTarget();
  if (!target) return nullptr;
  MatchAs* p = make<MatchAs>(start);
  p->name = target->id;
  return p;
}

// pattern_capture_target: !"_" NAME !('.' | '(' | '=')
Name* Parser::patternCaptureTarget() {
  size_t start = pos_;
  if (atSoftKeyword("_")) return nullptr;
  if (!check(Tk::Name) || isOneOf(kindAt(pos_ + 1), {Tk::Dot, Tk::LPar, Tk::Equal})) {
    pos_ = start;
    return nullptr;
  }
  return nameAtom(ExprContext::Store);
}

// wildcard_pattern: "_"
Pattern* Parser::wildcardPattern() {
  size_t start = pos_;
  if (!expectSoftKeyword("_")) return nullptr;
  return make<MatchAs>(start);
}

// value_pattern: attr !('.' | '(' | '=')
Pattern* Parser::valuePattern() {
  size_t start = pos_;
  Expr* value = attr();
  if (!value || atAnyOf({Tk::Dot, Tk::LPar, Tk::Equal})) {
    pos_ = start;
    return nullptr;
  }
  MatchValue* p = make<MatchValue>(start);
  p->value = value;
  return p;
}

// attr: name_or_attr '.' NAME
Expr* Parser::attr() {
  size_t start = pos_;
  Expr* e = nameAtom();
  if (!e) return nullptr;
  bool dotted = false;
  for (;;) {
    size_t mark = pos_;
    if (!expect(Tk::Dot)) break;
    const Token* name = expectNameToken();
    if (!name) {
      pos_ = mark;
      break;
    }
    Attribute* a = make<Attribute>(start);
    a->value = e;
    a->attr = identifier(*name);
    e = a;
    dotted = true;
  }
  if (!dotted) {
    pos_ = start;
    return nullptr;
  }
  return e;
}

// name_or_attr: attr | NAME
Expr* Parser::nameOrAttr() {
  if (Expr* e = attr()) return e;
  return nameAtom();
}

// group_pattern: '(' pattern ')'
Pattern* Parser::groupPattern() {
  size_t start = pos_;
  if (expect(Tk::LPar)) {
    if (Pattern* inner = pattern()) {
      if (expect(Tk::RPar)) return inner;
    }
  }
  pos_ = start;
  return nullptr;
}

// sequence_pattern: '[' maybe_sequence_pattern? ']' | '(' open_sequence_pattern? ')'
Pattern* Parser::sequencePattern() {
  size_t start = pos_;
  PatternList list;
  if (expect(Tk::LSqb)) {
    maybeSequencePattern(list);
    if (expect(Tk::RSqb)) {
      MatchSequence* p = make<MatchSequence>(start);
      p->patterns = std::move(list);
      return p;
    }
  }
  pos_ = start;
  list.clear();
  if (expect(Tk::LPar)) {
    openSequencePattern(list);
    if (expect(Tk::RPar)) {
      MatchSequence* p = make<MatchSequence>(start);
      p->patterns = std::move(list);
      return p;
    }
  }
  pos_ = start;
  return nullptr;
}

// open_sequence_pattern: maybe_star_pattern ',' maybe_sequence_pattern?
bool Parser::openSequencePattern(PatternList& out) {
  size_t start = pos_;
  Pattern* first = maybeStarPattern();
  if (!first || !expect(Tk::Comma)) {
    pos_ = start;
    return false;
  }
  out.push_back(first);
  maybeSequencePattern(out);
  return true;
}

// maybe_sequence_pattern: ','.maybe_star_pattern+ ','?
bool Parser::maybeSequencePattern(PatternList& out) {
  size_t before = out.size();
  bool matched = separated(Tk::Comma, [&] {
    Pattern* p = maybeStarPattern();
    if (p) out.push_back(p);
    return p != nullptr;
  });
  if (!matched) {
    out.resize(before);
    return false;
  }
  expect(Tk::Comma);
  return true;
}

// maybe_star_pattern: star_pattern | pattern
Pattern* Parser::maybeStarPattern() {
  if (Pattern* p = starPattern()) return p;
  return pattern();
}

// star_pattern (memo): '*' pattern_capture_target | '*' wildcard_pattern
Pattern* Parser::starPattern() {
  return memoized<Pattern>(Rule::StarPattern, [&]() -> Pattern* {
    size_t start = pos_;
    if (!expect(Tk::Star)) return nullptr;
    if (Name* target = patternCaptureTarget()) {
      MatchStar* p = make<MatchStar>(start);
      p->name = target->id;
      return p;
    }
    if (wildcardPattern()) return make<MatchStar>(start);
    return nullptr;
  });
}

// mapping_pattern:
//   | '{' '}'
//   | '{' double_star_pattern ','? '}'
//   | '{' items_pattern ',' double_star_pattern ','? '}'
//   | '{' items_pattern ','? '}'
Pattern* Parser::mappingPattern() {
  size_t start = pos_;
  if (!expect(Tk::LBrace)) return nullptr;
  size_t afterBrace = pos_;
  auto finish = [&](std::vector<KeyPattern> items, Name* rest) {
    MatchMapping* p = make<MatchMapping>(start);
    for (const KeyPattern& item : items) {
      p->keys.push_back(item.key);
      p->patterns.push_back(item.pattern);
    }
    if (rest) p->rest = rest->id;
    return p;
  };
  if (expect(Tk::RBrace)) return finish({}, nullptr);
  if (Name* rest = doubleStarPattern()) {
    expect(Tk::Comma);
    if (expect(Tk::RBrace)) return finish({}, rest);
  }
  pos_ = afterBrace;
  {
    std::vector<KeyPattern> items;
    if (itemsPattern(items) && expect(Tk::Comma)) {
      if (Name* rest = doubleStarPattern()) {
        expect(Tk::Comma);
        if (expect(Tk::RBrace)) return finish(std::move(items), rest);
      }
    }
  }
  pos_ = afterBrace;
  {
    std::vector<KeyPattern> items;
    if (itemsPattern(items)) {
      expect(Tk::Comma);
      if (expect(Tk::RBrace)) return finish(std::move(items), nullptr);
    }
  }
  pos_ = start;
  return nullptr;
}

// items_pattern: ','.key_value_pattern+
bool Parser::itemsPattern(std::vector<KeyPattern>& out) {
  return separated(Tk::Comma, [&] {
    KeyPattern item;
    if (!keyValuePattern(item)) return false;
    out.push_back(item);
    return true;
  });
}

// key_value_pattern: (literal_expr | attr) ':' pattern
bool Parser::keyValuePattern(KeyPattern& out) {
  size_t start = pos_;
  Expr* key = literalExpr();
  if (!key) key = attr();
  if (key && expect(Tk::Colon)) {
    if (Pattern* value = pattern()) {
      out = {key, value};
      return true;
    }
  }
  pos_ = start;
  return false;
}

// double_star_pattern: '**' pattern_capture_target
Name* Parser::doubleStarPattern() {
  size_t start = pos_;
  if (expect(Tk::DoubleStar)) {
    if (Name* target = patternCaptureTarget()) return target;
  }
  pos_ = start;
  return nullptr;
}

// class_pattern:
//   | name_or_attr '(' ')'
//   | name_or_attr '(' positional_patterns ','? ')'
//   | name_or_attr '(' keyword_patterns ','? ')'
//   | name_or_attr '(' positional_patterns ',' keyword_patterns ','? ')'
//   | invalid_class_pattern
Pattern* Parser::classPattern() {
  size_t start = pos_;
  Expr* cls = nameOrAttr();
  if (cls && expect(Tk::LPar)) {
    size_t afterParen = pos_;
    auto finish = [&](PatternList positional, std::vector<KeyPattern> keywords) {
      MatchClass* p = make<MatchClass>(start);
      p->cls = cls;
      p->patterns = std::move(positional);
      for (const KeyPattern& kw : keywords) {
        p->kwd_attrs.push_back(static_cast<Name*>(kw.key)->id);
        p->kwd_patterns.push_back(kw.pattern);
      }
      return p;
    };
    if (expect(Tk::RPar)) return finish({}, {});
    {
      PatternList positional;
      if (positionalPatterns(positional)) {
        expect(Tk::Comma);
        if (expect(Tk::RPar)) return finish(std::move(positional), {});
      }
    }
    pos_ = afterParen;
    {
      std::vector<KeyPattern> keywords;
      if (keywordPatterns(keywords)) {
        expect(Tk::Comma);
        if (expect(Tk::RPar)) return finish({}, std::move(keywords));
      }
    }
    pos_ = afterParen;
    {
      PatternList positional;
      std::vector<KeyPattern> keywords;
      if (positionalPatterns(positional) && expect(Tk::Comma) && keywordPatterns(keywords)) {
        expect(Tk::Comma);
        if (expect(Tk::RPar)) return finish(std::move(positional), std::move(keywords));
      }
    }
  }
  pos_ = start;
  if (callInvalidRules_) invalidClassPattern();
  pos_ = start;
  return nullptr;
}

// positional_patterns: ','.pattern+
bool Parser::positionalPatterns(PatternList& out) {
  return separated(Tk::Comma, [&] {
    Pattern* p = pattern();
    if (p) out.push_back(p);
    return p != nullptr;
  });
}

// keyword_patterns: ','.keyword_pattern+
bool Parser::keywordPatterns(std::vector<KeyPattern>& out) {
  return separated(Tk::Comma, [&] {
    KeyPattern kw;
    if (!keywordPattern(kw)) return false;
    out.push_back(kw);
    return true;
  });
}

// keyword_pattern: NAME '=' pattern
bool Parser::keywordPattern(KeyPattern& out) {
  size_t start = pos_;
  if (Name* name = nameAtom()) {
    if (expect(Tk::Equal)) {
      if (Pattern* value = pattern()) {
        out = {name, value};
        return true;
      }
    }
  }
  pos_ = start;
  return false;
}

}  // namespace rw::syntax::detail
