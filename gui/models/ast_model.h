// The syntax tree of one source as a Qt tree: one row per node, labelled with the field that
// holds it ("targets[0]: Name"), its scalar fields ("id='x' ctx=Store") and its span. Built
// once per source through the AST's field reflection, so every node kind is covered.
#pragma once

#include <QAbstractItemModel>
#include <QString>
#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

#include "syntax/ast.h"

namespace rw::gui {

class AstModel : public QAbstractItemModel {
  Q_OBJECT

 public:
  enum Column { NodeColumn, FieldsColumn, SpanColumn, ColumnCount };
  static constexpr int NodeIdRole = Qt::UserRole + 1;

  explicit AstModel(QObject* parent = nullptr);

  // Shows `module` (null: nothing). The model keeps it alive.
  void setModule(std::shared_ptr<const syntax::ParsedModule> module);

  QModelIndex indexForNode(uint32_t nodeId) const;  // invalid when the tree has no such node
  std::optional<uint32_t> nodeId(const QModelIndex& index) const;

  QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
  QModelIndex parent(const QModelIndex& child) const override;
  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation,
                      int role = Qt::DisplayRole) const override;

 private:
  struct Item {
    int parent = -1;  // index into items_, -1 for the root
    int row = 0;      // position among its parent's children
    std::vector<int> children;
    uint32_t nodeId = 0;
    QString label;
    QString fields;
    QString span;
  };

  void build(syntax::Node& root);

  std::shared_ptr<const syntax::ParsedModule> module_;
  std::vector<Item> items_;
  std::vector<int> itemOfNode_;  // by node id; -1 where no item shows the node
};

}  // namespace rw::gui
