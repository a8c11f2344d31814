#include "syntax/ast.h"

#include <string_view>

#include "support/float_format.h"
#include "support/repr.h"

namespace rw::syntax {

std::string_view nodeKindName(NodeKind kind) {
  switch (kind) {
    case NodeKind::ExprStmt:
      return "Expr";
    case NodeKind::Comprehension:
      return "comprehension";
    case NodeKind::Arguments:
      return "arguments";
    case NodeKind::Arg:
      return "arg";
    case NodeKind::Keyword:
      return "keyword";
    case NodeKind::Alias:
      return "alias";
    case NodeKind::WithItem:
      return "withitem";
    case NodeKind::MatchCase:
      return "match_case";
    default:
      break;
  }
  static constexpr std::string_view kNames[] = {
#define RW_AST_KIND_NAME(kind, category) #kind,
      RW_AST_NODE_KINDS(RW_AST_KIND_NAME)
#undef RW_AST_KIND_NAME
  };
  return kNames[static_cast<size_t>(kind)];
}

std::string_view name(ExprContext v) {
  switch (v) {
    case ExprContext::Load:
      return "Load";
    case ExprContext::Store:
      return "Store";
    case ExprContext::Del:
      return "Del";
  }
  return "?";
}

std::string_view name(BoolOperator v) {
  return v == BoolOperator::And ? "And" : "Or";
}

std::string_view name(UnaryOperator v) {
  switch (v) {
    case UnaryOperator::Invert:
      return "Invert";
    case UnaryOperator::Not:
      return "Not";
    case UnaryOperator::UAdd:
      return "UAdd";
    case UnaryOperator::USub:
      return "USub";
  }
  return "?";
}

std::string_view name(CmpOperator v) {
  switch (v) {
    case CmpOperator::Eq:
      return "Eq";
    case CmpOperator::NotEq:
      return "NotEq";
    case CmpOperator::Lt:
      return "Lt";
    case CmpOperator::LtE:
      return "LtE";
    case CmpOperator::Gt:
      return "Gt";
    case CmpOperator::GtE:
      return "GtE";
    case CmpOperator::Is:
      return "Is";
    case CmpOperator::IsNot:
      return "IsNot";
    case CmpOperator::In:
      return "In";
    case CmpOperator::NotIn:
      return "NotIn";
  }
  return "?";
}

std::string_view name(Operator v) {
  switch (v) {
    case Operator::Add:
      return "Add";
    case Operator::BitAnd:
      return "BitAnd";
    case Operator::FloorDiv:
      return "FloorDiv";
    case Operator::LShift:
      return "LShift";
    case Operator::MatMult:
      return "MatMult";
    case Operator::Mult:
      return "Mult";
    case Operator::Mod:
      return "Mod";
    case Operator::BitOr:
      return "BitOr";
    case Operator::Pow:
      return "Pow";
    case Operator::RShift:
      return "RShift";
    case Operator::Sub:
      return "Sub";
    case Operator::Div:
      return "Div";
    case Operator::BitXor:
      return "BitXor";
  }
  return "?";
}

std::string_view symbol(Operator v) {
  switch (v) {
    case Operator::Add:
      return "+";
    case Operator::BitAnd:
      return "&";
    case Operator::FloorDiv:
      return "//";
    case Operator::LShift:
      return "<<";
    case Operator::MatMult:
      return "@";
    case Operator::Mult:
      return "*";
    case Operator::Mod:
      return "%";
    case Operator::BitOr:
      return "|";
    case Operator::Pow:
      return "**";
    case Operator::RShift:
      return ">>";
    case Operator::Sub:
      return "-";
    case Operator::Div:
      return "/";
    case Operator::BitXor:
      return "^";
  }
  return "?";
}

std::string_view symbol(CmpOperator v) {
  switch (v) {
    case CmpOperator::Eq:
      return "==";
    case CmpOperator::NotEq:
      return "!=";
    case CmpOperator::Lt:
      return "<";
    case CmpOperator::LtE:
      return "<=";
    case CmpOperator::Gt:
      return ">";
    case CmpOperator::GtE:
      return ">=";
    case CmpOperator::Is:
      return "is";
    case CmpOperator::IsNot:
      return "is not";
    case CmpOperator::In:
      return "in";
    case CmpOperator::NotIn:
      return "not in";
  }
  return "?";
}

std::string_view symbol(UnaryOperator v) {
  switch (v) {
    case UnaryOperator::Invert:
      return "~";
    case UnaryOperator::Not:
      return "not";
    case UnaryOperator::UAdd:
      return "+";
    case UnaryOperator::USub:
      return "-";
  }
  return "?";
}

std::string reprConstant(const ConstantValue& value) {
  switch (value.kind) {
    case ConstantValue::Kind::None:
      return "None";
    case ConstantValue::Kind::True:
      return "True";
    case ConstantValue::Kind::False:
      return "False";
    case ConstantValue::Kind::Ellipsis:
      return "Ellipsis";
    case ConstantValue::Kind::Int:
      return value.text;
    case ConstantValue::Kind::Float:
      return support::reprFloat(value.number);
    case ConstantValue::Kind::Complex: {
      // A literal's complex has a zero real part, which repr() leaves out; the imaginary part
      // is written like a float but without a trailing ".0" ('2j', '1.5j', '1e+16j', 'infj').
      std::string imag = support::reprFloat(value.number);
      if (imag.size() > 2 && imag.compare(imag.size() - 2, 2, ".0") == 0) {
        imag.resize(imag.size() - 2);
      }
      return imag + "j";
    }
    case ConstantValue::Kind::Str:
      return support::reprString(value.text);
    case ConstantValue::Kind::Bytes:
      return support::reprBytes(value.text);
  }
  return "?";
}

void numberNodes(ParsedModule& module) {
  module.byId.clear();
  module.byId.reserve(module.arena.nodes().size());
  if (!module.root) return;
  // Pre-order with an explicit stack: trees of deeply nested expressions stay off the C++
  // stack.
  std::vector<Node*> stack{module.root};
  std::vector<Node*> children;
  while (!stack.empty()) {
    Node* node = stack.back();
    stack.pop_back();
    node->id = static_cast<uint32_t>(module.byId.size());
    module.byId.push_back(node);
    children.clear();
    forEachChild(*node, [&](Node* child) { children.push_back(child); });
    stack.insert(stack.end(), children.rbegin(), children.rend());
  }
}

}  // namespace rw::syntax
