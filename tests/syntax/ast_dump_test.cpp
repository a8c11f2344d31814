// ast.dump() details and the AST's names and constants.
#include <gtest/gtest.h>

#include <limits>

#include "syntax/ast.h"
#include "syntax/ast_dump.h"
#include "syntax/parser.h"

using namespace rw::syntax;

namespace {

std::string dumpOf(std::string_view source, ParseMode mode, DumpOptions options) {
  auto module = parse(source, "<test>", mode);
  return dumpAst(*module->root, options);
}

TEST(AstDump, OneLineLikeAstDumpWithoutIndent) {
  DumpOptions oneLine;
  oneLine.indent = -1;
  EXPECT_EQ(dumpOf("x = 1", ParseMode::Exec, oneLine),
            "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], "
            "value=Constant(value=1))], type_ignores=[])");
  EXPECT_EQ(dumpOf("f(*a, k=2)", ParseMode::Eval, oneLine),
            "Expression(body=Call(func=Name(id='f', ctx=Load()), args=[Starred(value=Name("
            "id='a', ctx=Load()), ctx=Load())], keywords=[keyword(arg='k', "
            "value=Constant(value=2))]))");
}

TEST(AstDump, AttributesOnOneLine) {
  DumpOptions options;
  options.indent = -1;
  options.includeAttributes = true;
  EXPECT_EQ(dumpOf("x = 1", ParseMode::Single, options),
            "Interactive(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, "
            "col_offset=0, end_lineno=1, end_col_offset=1)], value=Constant(value=1, "
            "lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), lineno=1, col_offset=0, "
            "end_lineno=1, end_col_offset=5)])");
}

TEST(AstDump, ZeroIndentStillBreaksLines) {
  DumpOptions options;
  options.indent = 0;
  EXPECT_EQ(dumpOf("x = 1\n", ParseMode::Single, options),
            "Interactive(\nbody=[\nAssign(\ntargets=[\nName(id='x', ctx=Store())],\n"
            "value=Constant(value=1))])");
}

TEST(AstNames, AsdlNames) {
  EXPECT_EQ(nodeKindName(NodeKind::ExprStmt), "Expr");
  EXPECT_EQ(nodeKindName(NodeKind::Comprehension), "comprehension");
  EXPECT_EQ(nodeKindName(NodeKind::Arguments), "arguments");
  EXPECT_EQ(nodeKindName(NodeKind::Arg), "arg");
  EXPECT_EQ(nodeKindName(NodeKind::Keyword), "keyword");
  EXPECT_EQ(nodeKindName(NodeKind::Alias), "alias");
  EXPECT_EQ(nodeKindName(NodeKind::WithItem), "withitem");
  EXPECT_EQ(nodeKindName(NodeKind::MatchCase), "match_case");
  EXPECT_EQ(nodeKindName(NodeKind::ExceptHandler), "ExceptHandler");
  EXPECT_EQ(nodeKindName(NodeKind::TypeIgnore), "TypeIgnore");
  EXPECT_EQ(nodeKindName(NodeKind::AsyncFunctionDef), "AsyncFunctionDef");
  EXPECT_EQ(nodeKindName(NodeKind::MatchOr), "MatchOr");
  EXPECT_EQ(symbol(Operator::FloorDiv), "//");
  EXPECT_EQ(symbol(CmpOperator::NotIn), "not in");
  EXPECT_EQ(symbol(UnaryOperator::Invert), "~");
  EXPECT_EQ(name(Operator::MatMult), "MatMult");
  EXPECT_EQ(name(CmpOperator::IsNot), "IsNot");
  EXPECT_EQ(name(ExprContext::Del), "Del");
}

ConstantValue complexValue(double imag) {
  ConstantValue v;
  v.kind = ConstantValue::Kind::Complex;
  v.number = imag;
  return v;
}

TEST(AstConstants, ReprLikeCPython) {
  EXPECT_EQ(reprConstant(complexValue(2)), "2j");
  EXPECT_EQ(reprConstant(complexValue(1.5)), "1.5j");
  EXPECT_EQ(reprConstant(complexValue(1e16)), "1e+16j");
  EXPECT_EQ(reprConstant(complexValue(0)), "0j");
  EXPECT_EQ(reprConstant(complexValue(std::numeric_limits<double>::infinity())), "infj");
  ConstantValue f;
  f.kind = ConstantValue::Kind::Float;
  f.number = 1e-5;
  EXPECT_EQ(reprConstant(f), "1e-05");
  ConstantValue s;
  s.kind = ConstantValue::Kind::Str;
  s.text = "it's";
  EXPECT_EQ(reprConstant(s), "\"it's\"");
  ConstantValue b;
  b.kind = ConstantValue::Kind::Bytes;
  b.text = std::string("\x00\xff", 2);
  EXPECT_EQ(reprConstant(b), "b'\\x00\\xff'");
  ConstantValue e;
  e.kind = ConstantValue::Kind::Ellipsis;
  EXPECT_EQ(reprConstant(e), "Ellipsis");
}

}  // namespace
