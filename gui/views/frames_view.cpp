#include "gui/views/frames_view.h"

#include <QHeaderView>

#include "gui/models/frames_model.h"
#include "gui/views/table_setup.h"

namespace rw::gui {

FramesView::FramesView(FramesModel* model, QWidget* parent) : QTableView(parent) {
  setUpReadOnlyTable(this, model);
  sizeColumnsInCharacters(this, horizontalHeader(),
                          {{FramesModel::FunctionColumn, 18},
                           {FramesModel::LineColumn, 4},
                           {FramesModel::OffsetColumn, 4},
                           {FramesModel::StateColumn, 9}});
  horizontalHeader()->setSectionResizeMode(FramesModel::FileColumn, QHeaderView::Stretch);
  connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this,
          [this](const QModelIndex& current) {
            if (current.isValid()) emit frameSelected(current.row());
          });
}

void FramesView::selectFrame(int row) {
  QModelIndex index = model()->index(row, 0);
  if (!index.isValid()) {
    selectionModel()->clear();
    return;
  }
  selectionModel()->setCurrentIndex(
      index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

int FramesView::selectedFrame() const {
  QModelIndexList rows = selectionModel()->selectedRows();
  return rows.size() == 1 ? rows.front().row() : -1;
}

}  // namespace rw::gui
