#include "gui/views/tokens_view.h"

#include <QFontDatabase>
#include <QHeaderView>

#include "gui/models/tokens_model.h"
#include "gui/views/table_setup.h"

namespace rw::gui {

TokensView::TokensView(TokensModel* model, QWidget* parent) : QTableView(parent), model_(model) {
  setUpReadOnlyTable(this, model);
  setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
  // Thousands of rows: measuring every one for its width would cost each step.
  horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
  horizontalHeader()->setStretchLastSection(true);
  setColumnWidth(TokensModel::TypeColumn, 110);
  setColumnWidth(TokensModel::TextColumn, 170);
  setColumnWidth(TokensModel::StartColumn, 70);
  setSelectionMode(QAbstractItemView::NoSelection);
}

void TokensView::revealMarked() {
  auto [first, last] = model_->markedRows();
  if (first >= last) return;
  scrollTo(model_->index(last - 1, 0), QAbstractItemView::EnsureVisible);
  scrollTo(model_->index(first, 0), QAbstractItemView::EnsureVisible);
}

}  // namespace rw::gui
