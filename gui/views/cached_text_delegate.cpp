#include "gui/views/cached_text_delegate.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>

namespace rw::gui {

CachedTextDelegate::CachedTextDelegate(QObject* parent) : QStyledItemDelegate(parent) {}

// The style draws the cell without its text (background, alternating rows, selection, focus);
// the text goes where QCommonStyle puts it: inside the focus frame's margins, aligned as the
// model says, elided when it does not fit, in the colour of the cell's state.
void CachedTextDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                               const QModelIndex& index) const {
  QStyleOptionViewItem cell = option;
  initStyleOption(&cell, index);
  bool simple = cell.features.testFlag(QStyleOptionViewItem::HasDisplay) &&
                !cell.features.testFlag(QStyleOptionViewItem::WrapText) &&
                !cell.features.testFlag(QStyleOptionViewItem::HasDecoration) &&
                !cell.features.testFlag(QStyleOptionViewItem::HasCheckIndicator) &&
                cell.direction == Qt::LeftToRight && !(cell.state & QStyle::State_Editing) &&
                !cell.text.contains(QChar::LineSeparator) && !cell.text.contains('\n');
  if (!simple) {
    QStyledItemDelegate::paint(painter, option, index);
    return;
  }
  const QWidget* widget = cell.widget;
  QStyle* style = widget ? widget->style() : QApplication::style();
  QString text = std::move(cell.text);
  cell.text.clear();
  cell.features &= ~QStyleOptionViewItem::HasDisplay;
  style->drawControl(QStyle::CE_ItemViewItem, &cell, painter, widget);
  if (text.isEmpty()) return;

  int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
  QRect area = cell.rect.adjusted(margin, 0, -margin, 0);
  if (texts_.width(text, cell.font) > area.width())
    text = texts_.elided(text, cell.font, cell.textElideMode, area.width());
  const QStaticText& laid = texts_.text(text, cell.font);
  QSizeF size = laid.size();
  QRect line = QStyle::alignedRect(Qt::LeftToRight, cell.displayAlignment,
                                   QSize(area.width(), static_cast<int>(size.height())), area);
  double x = line.left();
  if (cell.displayAlignment & Qt::AlignRight)
    x += area.width() - size.width();
  else if (cell.displayAlignment & Qt::AlignHCenter)
    x += (area.width() - size.width()) / 2;

  QPalette::ColorGroup group = !(cell.state & QStyle::State_Enabled)  ? QPalette::Disabled
                               : !(cell.state & QStyle::State_Active) ? QPalette::Inactive
                                                                      : QPalette::Normal;
  painter->save();
  if (size.height() > cell.rect.height()) painter->setClipRect(cell.rect, Qt::IntersectClip);
  painter->setFont(cell.font);
  painter->setPen(cell.palette.color(
      group, cell.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
  painter->drawStaticText(QPointF(x, line.top()), laid);
  painter->restore();
}

}  // namespace rw::gui
