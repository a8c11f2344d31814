// The syntax tree model: every node reachable by id, labels and fields as in the ASDL, and the
// model's structure checked by QAbstractItemModelTester.
#include <gtest/gtest.h>

#include <functional>

#include "gui/models/ast_model.h"
#include "gui_test_support.h"
#include "syntax/parser.h"

namespace rw::gui {
namespace {

using namespace test_support;

std::shared_ptr<const syntax::ParsedModule> parse(const std::string& source) {
  return std::shared_ptr<const syntax::ParsedModule>(syntax::parse(source, "<test>"));
}

QString text(const AstModel& model, uint32_t nodeId, int column) {
  QModelIndex index = model.indexForNode(nodeId);
  return model.data(index.siblingAtColumn(column)).toString();
}

// The node id of the first node (pre-order) of `kind`.
uint32_t firstOf(const syntax::ParsedModule& module, syntax::NodeKind kind, int skip = 0) {
  for (syntax::Node* node : module.byId)
    if (node->kind == kind && skip-- == 0) return node->id;
  ADD_FAILURE() << "no such node";
  return 0;
}

TEST(AstModel, EveryNodeHasARowThatKnowsItsId) {
  ModelCheck check;
  AstModel model;
  check.watch(&model);
  auto module = parse("x = 10\n\n\ndef add(y):\n    return x + y\n\n\nprint(add(5))\n");
  model.setModule(module);
  ASSERT_EQ(model.rowCount(), 1);
  int rows = 0;
  std::function<void(const QModelIndex&)> count = [&](const QModelIndex& parent) {
    for (int row = 0; row < model.rowCount(parent); ++row) {
      ++rows;
      count(model.index(row, 0, parent));
    }
  };
  count({});
  EXPECT_EQ(rows, static_cast<int>(module->byId.size()));
  for (syntax::Node* node : module->byId) {
    QModelIndex index = model.indexForNode(node->id);
    ASSERT_TRUE(index.isValid()) << node->id;
    EXPECT_EQ(model.nodeId(index), std::optional<uint32_t>(node->id));
    EXPECT_EQ(model.data(index, AstModel::NodeIdRole).toUInt(), node->id);
  }
  EXPECT_FALSE(model.indexForNode(static_cast<uint32_t>(module->byId.size())).isValid());
}

TEST(AstModel, LabelsFieldsAndSpans) {
  AstModel model;
  auto module = parse("x = 10\ndef add(y):\n    return x + y\nprint(add(5), 'caf\xC3\xA9')\n");
  model.setModule(module);
  EXPECT_EQ(text(model, 0, AstModel::NodeColumn), "Module");
  uint32_t assign = firstOf(*module, syntax::NodeKind::Assign);
  EXPECT_EQ(text(model, assign, AstModel::NodeColumn), "body[0]: Assign");
  EXPECT_EQ(text(model, assign, AstModel::SpanColumn), "1:0–1:6");
  uint32_t stored = firstOf(*module, syntax::NodeKind::Name);
  EXPECT_EQ(text(model, stored, AstModel::NodeColumn), "targets[0]: Name");
  EXPECT_EQ(text(model, stored, AstModel::FieldsColumn), "id='x'  ctx=Store");
  EXPECT_EQ(text(model, firstOf(*module, syntax::NodeKind::Constant), AstModel::FieldsColumn),
            "value=10");
  uint32_t def = firstOf(*module, syntax::NodeKind::FunctionDef);
  EXPECT_EQ(text(model, def, AstModel::FieldsColumn), "name='add'");
  EXPECT_EQ(text(model, firstOf(*module, syntax::NodeKind::Arguments), AstModel::NodeColumn),
            "args: arguments");
  EXPECT_EQ(text(model, firstOf(*module, syntax::NodeKind::Arguments), AstModel::SpanColumn), "");
  uint32_t binop = firstOf(*module, syntax::NodeKind::BinOp);
  EXPECT_EQ(text(model, binop, AstModel::NodeColumn), "value: BinOp");
  EXPECT_EQ(text(model, binop, AstModel::FieldsColumn), "op=Add");
  EXPECT_EQ(text(model, binop, AstModel::SpanColumn), "3:11–3:16");
  EXPECT_EQ(text(model, firstOf(*module, syntax::NodeKind::Name, 1), AstModel::FieldsColumn),
            "id='x'  ctx=Load");
  EXPECT_EQ(text(model, firstOf(*module, syntax::NodeKind::ExprStmt), AstModel::NodeColumn),
            "body[2]: Expr");
  EXPECT_EQ(text(model, firstOf(*module, syntax::NodeKind::Constant, 2), AstModel::FieldsColumn),
            QString::fromUtf8("value='café'"));
}

TEST(AstModel, OperatorListsAndOptionalFields) {
  AstModel model;
  auto module = parse("a < b == c\nfrom . import m as n\ndel a.b\n");
  model.setModule(module);
  EXPECT_EQ(text(model, firstOf(*module, syntax::NodeKind::Compare), AstModel::FieldsColumn),
            "ops=[Lt, Eq]");
  EXPECT_EQ(text(model, firstOf(*module, syntax::NodeKind::ImportFrom), AstModel::FieldsColumn),
            "level=1");
  EXPECT_EQ(text(model, firstOf(*module, syntax::NodeKind::Alias), AstModel::FieldsColumn),
            "name='m'  asname='n'");
  EXPECT_EQ(text(model, firstOf(*module, syntax::NodeKind::Attribute), AstModel::FieldsColumn),
            "attr='b'  ctx=Del");
}

TEST(AstModel, DeeplyNestedExpressionsDoNotExhaustTheStack) {
  std::string source = "x = 1";
  for (int i = 0; i < 20000; ++i)
    source += " + 1";
  AstModel model;
  auto module = parse(source + "\n");
  model.setModule(module);
  EXPECT_TRUE(model.indexForNode(static_cast<uint32_t>(module->byId.size() - 1)).isValid());
  model.setModule(nullptr);
  EXPECT_EQ(model.rowCount(), 0);
}

}  // namespace
}  // namespace rw::gui
