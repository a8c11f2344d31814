// Paints item view cells as QStyledItemDelegate does, but keeps the laid-out text of each
// cell (see static_text_cache.h) from one paint to the next. Shaping text is most of what
// painting a table costs (the base class lays a cell's text out several times per paint),
// and a step changes only a few cells: the rest repaint from the cache. Text that wraps,
// spans lines, runs right to left, sits beside an icon or is being edited is painted by the
// base class.
#pragma once

#include <QStyledItemDelegate>

#include "gui/models/static_text_cache.h"

namespace rw::gui {

class CachedTextDelegate : public QStyledItemDelegate {
  Q_OBJECT

 public:
  explicit CachedTextDelegate(QObject* parent = nullptr);

  void paint(QPainter* painter, const QStyleOptionViewItem& option,
             const QModelIndex& index) const override;

  qsizetype cachedTexts() const { return texts_.size(); }

 private:
  mutable StaticTextCache texts_;
};

}  // namespace rw::gui
