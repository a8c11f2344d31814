#include "gui/views/symbols_view.h"

#include <QHeaderView>

#include "gui/models/symbols_model.h"
#include "gui/views/cached_text_delegate.h"

namespace rw::gui {

SymbolsView::SymbolsView(SymbolsModel* model, QWidget* parent) : QTreeView(parent), model_(model) {
  setModel(model);
  setItemDelegate(new CachedTextDelegate(this));
  setUniformRowHeights(true);
  setAlternatingRowColors(true);
  setEditTriggers(QAbstractItemView::NoEditTriggers);
  setSelectionMode(QAbstractItemView::NoSelection);
  setIndentation(14);
  header()->setStretchLastSection(true);
  setColumnWidth(SymbolsModel::NameColumn, 200);
  setColumnWidth(SymbolsModel::KindColumn, 80);
  connect(model, &QAbstractItemModel::modelReset, this, [this] { expandAll(); });
}

void SymbolsView::revealCurrentScope() {
  QModelIndex scope = model_->currentScopeIndex();
  if (scope.isValid()) scrollTo(scope, QAbstractItemView::PositionAtTop);
}

}  // namespace rw::gui
