// A QDockWidget that paints its title from a pixmap kept while the title, its size, state,
// palette and font stay the same. The window is repainted whole at every step, and the style
// measures, elides and lays out each dock's title every time. Looks exactly like QDockWidget.
#pragma once

#include <QDockWidget>
#include <QPixmap>
#include <QStyleOptionDockWidget>

namespace rw::gui {

class CachedDockWidget : public QDockWidget {
  Q_OBJECT

 public:
  explicit CachedDockWidget(const QString& title, QWidget* parent = nullptr);

 protected:
  void paintEvent(QPaintEvent* event) override;

 private:
  bool cacheMatches(const QStyleOptionDockWidget& option, const QFont& font,
                    qreal pixelRatio) const;

  QPixmap title_;
  QStyleOptionDockWidget titleOption_;
  QFont titleFont_;
  const QStyle* titleStyle_ = nullptr;
};

}  // namespace rw::gui
