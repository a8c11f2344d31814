// The look every read-only table of the debugger shares.
#pragma once

class QAbstractItemModel;
class QTableView;

namespace rw::gui {

// Row selection, no editing, compact rows, no row numbers, columns sized to their contents.
void setUpReadOnlyTable(QTableView* view, QAbstractItemModel* model);

}  // namespace rw::gui
