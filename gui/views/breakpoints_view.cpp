#include "gui/views/breakpoints_view.h"

#include <QHeaderView>
#include <QKeyEvent>

#include "gui/models/breakpoints_model.h"
#include "gui/views/table_setup.h"

namespace rw::gui {

BreakpointsView::BreakpointsView(BreakpointsModel* model, QWidget* parent)
    : QTableView(parent), model_(model) {
  setUpReadOnlyTable(this, model);
  sizeColumnsInCharacters(this, horizontalHeader(),
                          {{BreakpointsModel::FileColumn, 24}, {BreakpointsModel::LineColumn, 4}});
  setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
  horizontalHeader()->setSectionResizeMode(BreakpointsModel::ConditionColumn, QHeaderView::Stretch);
  setToolTip(
      tr("Click in the source's margin to set a breakpoint; double-click a condition to "
         "edit it; Delete removes the selected breakpoint"));
}

void BreakpointsView::keyPressEvent(QKeyEvent* event) {
  if ((event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) &&
      state() != QAbstractItemView::EditingState && currentIndex().isValid()) {
    model_->removeAt(currentIndex().row());
    return;
  }
  QTableView::keyPressEvent(event);
}

}  // namespace rw::gui
