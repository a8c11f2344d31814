#include "gui/views/variables_view.h"

#include <QContextMenuEvent>
#include <QHeaderView>
#include <QMenu>

#include "gui/models/variables_model.h"
#include "gui/views/cached_text_delegate.h"

namespace rw::gui {

VariablesView::VariablesView(VariablesModel* model, QWidget* parent)
    : QTreeView(parent), model_(model) {
  setModel(model);
  setItemDelegate(new CachedTextDelegate(this));
  setUniformRowHeights(true);
  setAlternatingRowColors(true);
  setSelectionBehavior(QAbstractItemView::SelectRows);
  setEditTriggers(QAbstractItemView::NoEditTriggers);
  setIndentation(14);
  header()->setStretchLastSection(false);
  header()->setSectionResizeMode(QHeaderView::Interactive);
  header()->setSectionResizeMode(VariablesModel::ValueColumn, QHeaderView::Stretch);
  setColumnWidth(VariablesModel::NameColumn, 150);
  setColumnWidth(VariablesModel::KindColumn, 60);
  setColumnWidth(VariablesModel::TypeColumn, 80);
  header()->moveSection(VariablesModel::TypeColumn, VariablesModel::ValueColumn);
  // Only the two groups: a value's fields open when asked for.
  connect(model, &QAbstractItemModel::modelReset, this, [this] { expandToDepth(0); });
  connect(this, &QTreeView::doubleClicked, this, [this](const QModelIndex& index) {
    if (index.data(VariablesModel::ShowMoreRole).toBool()) model_->showMore(index);
  });
  expandToDepth(0);
}

QString VariablesView::expressionAt(const QModelIndex& index) const {
  if (!index.isValid() || !index.parent().isValid() ||
      index.data(VariablesModel::ShowMoreRole).toBool())
    return {};
  QModelIndex name = index.siblingAtColumn(VariablesModel::NameColumn);
  QString label = name.data().toString();
  QModelIndex owner = name.parent();
  if (!owner.parent().isValid()) return label;  // a variable
  QString base = expressionAt(owner);
  if (base.isEmpty() || label == "cell_contents") return base;
  if (label.startsWith('[')) return base + label;
  QString ownerType = owner.siblingAtColumn(VariablesModel::TypeColumn).data().toString();
  if (ownerType == "dict") return base + "[" + label + "]";
  return base + "." + label;
}

void VariablesView::contextMenuEvent(QContextMenuEvent* event) {
  QModelIndex index = indexAt(event->pos());
  QString expression = expressionAt(index);
  if (expression.isEmpty()) return;
  QMenu menu(this);
  menu.addAction(tr("Go to the previous change of %1").arg(expression), this, [this, expression] {
    emit changeRequested(expression, recorder::Direction::Backward);
  });
  menu.addAction(tr("Go to the next change of %1").arg(expression), this, [this, expression] {
    emit changeRequested(expression, recorder::Direction::Forward);
  });
  menu.exec(event->globalPos());
}

}  // namespace rw::gui
