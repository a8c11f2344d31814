// A QToolBar that paints its background (the style's gradient and lines, and the handle) from
// a pixmap kept while its size, state and palette stay the same. The window is repainted
// whole at every step, and the style draws a toolbar's gradient pixel by pixel each time:
// most of what the window's chrome costs. Looks exactly like QToolBar.
#pragma once

#include <QPixmap>
#include <QStyleOptionToolBar>
#include <QToolBar>

namespace rw::gui {

class CachedToolBar : public QToolBar {
  Q_OBJECT

 public:
  explicit CachedToolBar(const QString& title, QWidget* parent = nullptr);

 protected:
  void paintEvent(QPaintEvent* event) override;

 private:
  bool cacheMatches(const QStyleOptionToolBar& option, qreal pixelRatio) const;
  void paintBackground(QPainter& painter, QStyleOptionToolBar option) const;

  QPixmap background_;
  QStyleOptionToolBar backgroundOption_;
  const QStyle* backgroundStyle_ = nullptr;
};

}  // namespace rw::gui
