#include "gui/views/variables_view.h"

#include <QHeaderView>

#include "gui/models/variables_model.h"

namespace rw::gui {

VariablesView::VariablesView(VariablesModel* model, QWidget* parent) : QTreeView(parent) {
  setModel(model);
  setUniformRowHeights(true);
  setAlternatingRowColors(true);
  setSelectionBehavior(QAbstractItemView::SelectRows);
  setEditTriggers(QAbstractItemView::NoEditTriggers);
  setIndentation(14);
  header()->setStretchLastSection(false);
  header()->setSectionResizeMode(QHeaderView::ResizeToContents);
  header()->setSectionResizeMode(VariablesModel::ValueColumn, QHeaderView::Stretch);
  connect(model, &QAbstractItemModel::modelReset, this, &QTreeView::expandAll);
  expandAll();
}

}  // namespace rw::gui
