#include "gui/views/text_line.h"

#include <QEvent>
#include <QFontMetrics>
#include <QPainter>

namespace rw::gui {

TextLine::TextLine(QWidget* parent) : QWidget(parent) {
  setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void TextLine::setRuns(std::vector<Run> runs) {
  bool same = runs.size() == runs_.size();
  for (size_t i = 0; same && i < runs.size(); ++i)
    same = runs[i].text == runs_[i].text && runs[i].bold == runs_[i].bold;
  if (same) return;
  runs_ = std::move(runs);
  setToolTip(naturalWidth() > contentsRect().width() ? text() : QString());
  update();
}

QString TextLine::text() const {
  QString all;
  for (const Run& run : runs_)
    all += run.text;
  return all;
}

QFont TextLine::fontOf(const Run& run) const {
  QFont f = font();
  if (run.bold) f.setBold(true);
  return f;
}

double TextLine::naturalWidth() {
  double width = 0;
  for (const Run& run : runs_)
    width += texts_.width(run.text, fontOf(run));
  return width;
}

QSize TextLine::sizeHint() const {
  return {fontMetrics().averageCharWidth() * 30, fontMetrics().height()};
}

QSize TextLine::minimumSizeHint() const {
  return {fontMetrics().averageCharWidth() * 4, fontMetrics().height()};
}

void TextLine::changeEvent(QEvent* event) {
  QWidget::changeEvent(event);
  if (event->type() == QEvent::FontChange) updateGeometry();
}

void TextLine::paintEvent(QPaintEvent*) {
  QPainter p(this);
  p.setPen(palette().color(QPalette::WindowText));
  QRect area = contentsRect();
  double x = area.left();
  for (const Run& run : runs_) {
    if (run.text.isEmpty()) continue;
    QFont f = fontOf(run);
    p.setFont(f);
    double room = area.right() + 1 - x;
    QString shown = run.text;
    if (texts_.width(shown, f) > room)
      shown = texts_.elided(run.text, f, Qt::ElideRight, static_cast<int>(room));
    const QStaticText& laid = texts_.text(shown, f);
    p.drawStaticText(QPointF(x, area.top() + (area.height() - laid.size().height()) / 2), laid);
    x += laid.size().width();
    if (shown != run.text) break;
  }
}

}  // namespace rw::gui
