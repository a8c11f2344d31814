#include "gui/views/cached_dock_widget.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>

namespace rw::gui {

CachedDockWidget::CachedDockWidget(const QString& title, QWidget* parent)
    : QDockWidget(title, parent) {}

bool CachedDockWidget::cacheMatches(const QStyleOptionDockWidget& option, const QFont& font,
                                    qreal pixelRatio) const {
  const QStyleOptionDockWidget& kept = titleOption_;
  return !title_.isNull() && title_.devicePixelRatio() == pixelRatio && titleStyle_ == style() &&
         kept.rect == option.rect && kept.title == option.title && kept.state == option.state &&
         kept.direction == option.direction &&
         kept.palette.cacheKey() == option.palette.cacheKey() &&
         kept.palette.resolveMask() == option.palette.resolveMask() &&
         kept.closable == option.closable && kept.movable == option.movable &&
         kept.floatable == option.floatable && kept.verticalTitleBar == option.verticalTitleBar &&
         titleFont_ == font && titleFont_.resolveMask() == font.resolveMask();
}

void CachedDockWidget::paintEvent(QPaintEvent* event) {
  // A floating dock also draws a frame, and a custom title bar paints itself.
  if (isFloating() || titleBarWidget()) {
    QDockWidget::paintEvent(event);
    return;
  }
  QStyleOptionDockWidget option;
  initStyleOption(&option);
  // As QDockWidget: the title's own font unless the dock's font was changed.
  QFont font = this->font();
  if (font == QApplication::font("QDockWidget")) {
    font = QApplication::font("QDockWidgetTitle");
    option.fontMetrics = QFontMetrics(font);
  }
  qreal pixelRatio = devicePixelRatioF();
  if (!cacheMatches(option, font, pixelRatio)) {
    title_ = QPixmap(option.rect.size() * pixelRatio);
    title_.setDevicePixelRatio(pixelRatio);
    title_.fill(Qt::transparent);
    QPainter painter(&title_);
    // As QWidget::initPainter sets a widget's painter up.
    painter.setPen(QPen(palette().brush(foregroundRole()), 1));
    painter.setBackground(palette().brush(backgroundRole()));
    painter.setFont(font);
    painter.translate(-option.rect.topLeft());
    style()->drawControl(QStyle::CE_DockWidgetTitle, &option, &painter, this);
    titleOption_ = option;
    titleFont_ = font;
    titleStyle_ = style();
  }
  QPainter painter(this);
  painter.drawPixmap(option.rect.topLeft(), title_);
}

}  // namespace rw::gui
