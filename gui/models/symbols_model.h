// The symbol table of one source as a tree of scopes (module, classes, functions, lambdas,
// comprehensions), each listing its names classified as local, global, nonlocal, free, cell
// or builtin, with how the scope uses them. The scope of the current code object is marked.
#pragma once

#include <QAbstractItemModel>
#include <QString>
#include <optional>
#include <vector>

#include "gui/session/trace_info.h"

namespace rw::gui {

class SymbolsModel : public QAbstractItemModel {
  Q_OBJECT

 public:
  enum Column { NameColumn, KindColumn, UsageColumn, ColumnCount };
  static constexpr int CurrentScopeRole = Qt::UserRole + 1;

  explicit SymbolsModel(QObject* parent = nullptr);

  // Shows the table of `document` (null, or a document without one: nothing).
  void setDocument(TraceInfoPtr trace, const SourceDocument* document);
  // Marks the scope compiled from the AST node `astNode` (the code object's node).
  void setCurrentScope(std::optional<uint32_t> astNode);
  QModelIndex currentScopeIndex() const;
  // The row of the scope compiled from `astNode`; invalid when there is none.
  QModelIndex indexOfScopeNode(uint32_t astNode) const;

  QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
  QModelIndex parent(const QModelIndex& child) const override;
  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation,
                      int role = Qt::DisplayRole) const override;

 private:
  struct Item {
    int parent = -1;
    int row = 0;
    std::vector<int> children;
    bool scope = false;
    uint32_t astNode = 0;  // scopes
    QString name;
    QString kind;
    QString usage;
  };

  void addScope(const Scope& scope, int parent);
  QModelIndex indexOfItem(int item) const;

  TraceInfoPtr trace_;
  std::vector<Item> items_;
  std::vector<int> roots_;
  int current_ = -1;  // item of the current scope
};

}  // namespace rw::gui
