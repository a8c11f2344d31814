#include "gui/views/ast_view.h"

#include <QHeaderView>
#include <QPainter>

#include "gui/models/ast_model.h"
#include "gui/views/cached_text_delegate.h"
#include "gui/views/table_setup.h"

namespace rw::gui {

AstView::AstView(AstModel* model, QWidget* parent) : QTreeView(parent), model_(model) {
  setModel(model);
  setUniformRowHeights(true);
  setAlternatingRowColors(true);
  setSelectionBehavior(QAbstractItemView::SelectRows);
  setSelectionMode(QAbstractItemView::SingleSelection);
  setEditTriggers(QAbstractItemView::NoEditTriggers);
  setIndentation(14);
  header()->setStretchLastSection(false);
  header()->setSectionResizeMode(AstModel::NodeColumn, QHeaderView::Interactive);
  header()->setSectionResizeMode(AstModel::FieldsColumn, QHeaderView::Stretch);
  header()->setSectionResizeMode(AstModel::SpanColumn, QHeaderView::Interactive);
  setColumnWidth(AstModel::NodeColumn, 230);
  sizeColumnsInCharacters(this, header(), {{AstModel::SpanColumn, 13}});
  setItemDelegate(new CachedTextDelegate(this));
  connect(model, &QAbstractItemModel::modelReset, this, [this] { expandToDepth(1); });
}

void AstView::setCurrentNode(std::optional<uint32_t> nodeId) {
  QModelIndex index = nodeId ? model_->indexForNode(*nodeId) : QModelIndex();
  if (!index.isValid()) {
    selectionModel()->clear();
    return;
  }
  for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
    expand(parent);
  selectionModel()->setCurrentIndex(
      index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
  scrollTo(index, QAbstractItemView::EnsureVisible);
}

void AstView::setEmptyText(const QString& text) {
  emptyText_ = text;
  viewport()->update();
}

void AstView::paintEvent(QPaintEvent* event) {
  QTreeView::paintEvent(event);
  if (model_->rowCount() > 0 || emptyText_.isEmpty()) return;
  QPainter painter(viewport());
  painter.setPen(palette().color(QPalette::PlaceholderText));
  painter.drawText(viewport()->rect().adjusted(12, 12, -12, -12),
                   Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, emptyText_);
}

std::optional<uint32_t> AstView::selectedNode() const {
  QModelIndexList rows = selectionModel()->selectedRows();
  if (rows.size() != 1) return std::nullopt;
  return model_->nodeId(rows.front());
}

}  // namespace rw::gui
