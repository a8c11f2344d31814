#include "gui/views/cached_tool_bar.h"

#include <QPainter>
#include <QStyle>
#include <QToolButton>

namespace rw::gui {

CachedToolBar::CachedToolBar(const QString& title, QWidget* parent) : QToolBar(title, parent) {}

bool CachedToolBar::cacheMatches(const QStyleOptionToolBar& option, qreal pixelRatio) const {
  const QStyleOptionToolBar& kept = backgroundOption_;
  return !background_.isNull() && background_.devicePixelRatio() == pixelRatio &&
         backgroundStyle_ == style() && kept.rect == option.rect && kept.state == option.state &&
         kept.direction == option.direction &&
         kept.palette.cacheKey() == option.palette.cacheKey() &&
         kept.palette.resolveMask() == option.palette.resolveMask() &&
         kept.toolBarArea == option.toolBarArea && kept.positionOfLine == option.positionOfLine &&
         kept.positionWithinLine == option.positionWithinLine && kept.features == option.features &&
         kept.lineWidth == option.lineWidth && kept.midLineWidth == option.midLineWidth;
}

// What QToolBar::paintEvent draws for a toolbar docked in a main window and not expanded.
void CachedToolBar::paintBackground(QPainter& painter, QStyleOptionToolBar option) const {
  style()->drawControl(QStyle::CE_ToolBar, &option, &painter, this);
  option.rect = style()->subElementRect(QStyle::SE_ToolBarHandle, &option, this);
  if (option.rect.isValid())
    style()->drawPrimitive(QStyle::PE_IndicatorToolBarHandle, &option, &painter, this);
}

void CachedToolBar::paintEvent(QPaintEvent* event) {
  // Floating, or showing its overflow (it may be expanded): QToolBar paints a different frame.
  auto* extension = findChild<QToolButton*>("qt_toolbar_ext_button", Qt::FindDirectChildrenOnly);
  if (isWindow() || (extension && extension->isVisible())) {
    QToolBar::paintEvent(event);
    return;
  }
  QStyleOptionToolBar option;
  initStyleOption(&option);
  qreal pixelRatio = devicePixelRatioF();
  if (!cacheMatches(option, pixelRatio)) {
    background_ = QPixmap(option.rect.size() * pixelRatio);
    background_.setDevicePixelRatio(pixelRatio);
    background_.fill(Qt::transparent);
    QPainter painter(&background_);
    // As QWidget::initPainter sets a widget's painter up.
    painter.setPen(QPen(palette().brush(foregroundRole()), 1));
    painter.setBackground(palette().brush(backgroundRole()));
    painter.setFont(font());
    paintBackground(painter, option);
    backgroundOption_ = option;
    backgroundStyle_ = style();
  }
  QPainter painter(this);
  painter.drawPixmap(option.rect.topLeft(), background_);
}

}  // namespace rw::gui
