// The look every read-only table of the debugger shares, and column widths that do not
// depend on the rows shown.
#pragma once

#include <initializer_list>
#include <utility>

class QAbstractItemModel;
class QAbstractItemView;
class QHeaderView;
class QTableView;

namespace rw::gui {

// Row selection, no editing, compact rows, no row numbers, cell text painted from a cache
// (see cached_text_delegate.h), columns the user can resize.
void setUpReadOnlyTable(QTableView* view, QAbstractItemModel* model);

// Makes each listed column (logical index, characters) as wide as that many digits of the
// view's font, or as its title if that is wider, now and after every font change (zoom,
// presentation mode). Sizing columns to their contents instead measures every visible cell
// at each relayout, that is at every step.
void sizeColumnsInCharacters(QAbstractItemView* view, QHeaderView* header,
                             std::initializer_list<std::pair<int, int>> columns);

}  // namespace rw::gui
