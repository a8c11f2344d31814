#include "gui/views/heap_view.h"

#include <QContextMenuEvent>
#include <QEvent>
#include <QFontMetricsF>
#include <QMenu>
#include <QPaintEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <algorithm>
#include <cmath>

#include "gui/models/model_colors.h"
#include "gui/models/static_text_cache.h"

namespace rw::gui {

class HeapCanvas : public QWidget {
 public:
  explicit HeapCanvas(QWidget* parent) : QWidget(parent) {}

  // A step that leaves the drawing as it was (most steps inside one function) repaints nothing.
  void setGraph(HeapGraph graph) {
    if (graph == graph_) return;
    graph_ = std::move(graph);
    shown_ = QPixmap();
    setFixedSize(graph_.size.toSize().expandedTo(QSize(10, 10)));
    update();
  }
  const HeapGraph& graph() const { return graph_; }
  StaticTextCache& texts() { return texts_; }

 protected:
  // The part the scroll area shows is drawn once into a pixmap, and repainting the same
  // drawing (the window repaints, the step left the heap as it was) copies it.
  void paintEvent(QPaintEvent* event) override {
    QRect visible = visibleRegion().boundingRect();
    if (!visible.contains(event->rect())) {
      QPainter p(this);
      paintGraph(p, event->rect());
      return;
    }
    double ratio = devicePixelRatioF();
    bool dark = colors::darkPalette();
    if (shown_.isNull() || shownRect_ != visible || shown_.devicePixelRatio() != ratio ||
        shownPalette_ != palette().cacheKey() || shownDark_ != dark) {
      shown_ = QPixmap(visible.size() * ratio);
      shown_.setDevicePixelRatio(ratio);
      shown_.fill(Qt::transparent);
      QPainter p(&shown_);
      p.translate(-visible.topLeft());
      paintGraph(p, visible);
      shownRect_ = visible;
      shownPalette_ = palette().cacheKey();
      shownDark_ = dark;
    }
    QPainter p(this);
    QRect target = event->rect();
    QRectF source(QPointF(target.topLeft() - visible.topLeft()) * ratio,
                  QSizeF(target.size()) * ratio);
    p.drawPixmap(QRectF(target), shown_, source);
  }

  void changeEvent(QEvent* event) override {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
      shown_ = QPixmap();
  }

 private:
  void paintGraph(QPainter& p, const QRect& area) {
    p.setRenderHint(QPainter::Antialiasing);
    p.setFont(font());
    const QPalette& palette = this->palette();
    bool dark = colors::darkPalette();
    if (graph_.boxes.empty()) {
      p.setPen(palette.color(QPalette::PlaceholderText));
      p.drawText(rect().adjusted(8, 8, -8, -8), Qt::AlignLeft | Qt::AlignTop, tr("No frames"));
      return;
    }
    // Only what the scroll area shows: a big heap is mostly out of view.
    QRectF exposed = QRectF(area).adjusted(-2, -2, 2, 2);
    for (const HeapBox& box : graph_.boxes)
      if (box.rect.intersects(exposed)) paintBox(p, box, palette, dark);
    QColor arrow = dark ? QColor(150, 180, 230) : QColor(40, 80, 160);
    for (const HeapEdge& edge : graph_.edges) {
      QPointF from = graph_.rowAnchor(edge.box, edge.row);
      const QRectF& to = graph_.boxes[static_cast<size_t>(edge.target)].rect;
      // The curve bends out sideways by up to half its width (see paintArrow).
      QRectF span = QRectF(from, to.topLeft()).normalized().united(QRectF(from, to.topRight()));
      double bend = std::max(40.0, span.width() / 2 + 10);
      if (span.adjusted(-bend, -12, bend, 12).intersects(exposed)) paintArrow(p, from, to, arrow);
    }
  }

  void paintBox(QPainter& p, const HeapBox& box, const QPalette& palette, bool dark) {
    QColor fill, header;
    switch (box.kind) {
      case HeapBox::Kind::Frame:
        fill = dark ? QColor(38, 52, 70) : QColor(232, 240, 252);
        header = box.current ? colors::currentInstruction()
                             : (dark ? QColor(55, 75, 105) : QColor(200, 216, 240));
        break;
      case HeapBox::Kind::SuspendedFrame:
        fill = dark ? QColor(50, 50, 50) : QColor(238, 238, 238);
        header = dark ? QColor(70, 70, 70) : QColor(215, 215, 215);
        break;
      case HeapBox::Kind::Object:
        fill = dark ? QColor(60, 55, 38) : QColor(255, 250, 230);
        header = dark ? QColor(85, 75, 45) : QColor(245, 230, 180);
        break;
    }
    const QRectF& r = box.rect;
    double rowHeight =
        r.height() / (static_cast<double>(box.rows.size()) + (box.hiddenRows ? 1 : 0) + 1);
    p.setPen(QPen(palette.color(QPalette::Mid), 1,
                  box.kind == HeapBox::Kind::SuspendedFrame ? Qt::DashLine : Qt::SolidLine));
    p.setBrush(fill);
    p.drawRoundedRect(r, 4, 4);
    QRectF title(r.left(), r.top(), r.width(), rowHeight);
    p.setBrush(header);
    p.drawRoundedRect(title, 4, 4);
    QColor text = palette.color(QPalette::Text);
    if (box.kind == HeapBox::Kind::SuspendedFrame) text = palette.color(QPalette::PlaceholderText);
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(box.current && !dark ? QColor(Qt::black) : text);
    drawLine(p, title.adjusted(6, 0, -4, 0), Qt::AlignLeft,
             texts_.elided(box.title, font(), Qt::ElideRight, static_cast<int>(r.width()) - 10));
    p.setFont(font());
    for (size_t i = 0; i < box.rows.size(); ++i) {
      const HeapRow& row = box.rows[i];
      QRectF line(r.left(), r.top() + rowHeight * (static_cast<double>(i) + 1), r.width(),
                  rowHeight);
      if (row.changed) p.fillRect(line.adjusted(1, 0, -1, 0), colors::changedValue());
      p.setPen(text);
      drawLine(p, line.adjusted(6, 0, -4, 0), Qt::AlignLeft, row.label);
      if (row.target >= 0) {
        p.setBrush(text);
        p.drawEllipse(graph_.rowAnchor(indexOf(box), static_cast<int>(i)), 3, 3);
      } else {
        drawLine(p, line.adjusted(6, 0, -6, 0), Qt::AlignRight, row.value);
      }
    }
    if (box.hiddenRows) {
      QRectF line(r.left(), r.top() + rowHeight * (static_cast<double>(box.rows.size()) + 1),
                  r.width(), rowHeight);
      p.setPen(palette.color(QPalette::PlaceholderText));
      drawLine(p, line.adjusted(6, 0, -4, 0), Qt::AlignLeft, tr("… %1 more").arg(box.hiddenRows));
    }
  }

  // One line of text in the painter's font, centred vertically in `rect` at its left or right
  // edge, from the cache of laid-out strings (clipped to `rect` when it is wider).
  void drawLine(QPainter& p, const QRectF& rect, Qt::Alignment side, const QString& text) {
    if (text.isEmpty()) return;
    const QStaticText& laid = texts_.text(text, p.font());
    QSizeF size = laid.size();
    QPointF at(side & Qt::AlignRight ? rect.right() - size.width() : rect.left(),
               rect.top() + (rect.height() - size.height()) / 2);
    if (size.width() <= rect.width()) {
      p.drawStaticText(at, laid);
      return;
    }
    p.save();
    p.setClipRect(rect, Qt::IntersectClip);
    p.drawStaticText(at, laid);
    p.restore();
  }

  int indexOf(const HeapBox& box) const { return static_cast<int>(&box - graph_.boxes.data()); }

  // A curve from a row's dot to the target box's left edge (or its right edge when the
  // target lies to the left), with an arrow head.
  void paintArrow(QPainter& p, QPointF from, const QRectF& to, const QColor& color) {
    bool backwards = to.left() < from.x();
    QPointF end(backwards ? to.right() : to.left(), to.top() + 10);
    double bend = std::max(30.0, std::abs(end.x() - from.x()) / 2);
    QPainterPath path(from);
    path.cubicTo(from + QPointF(bend, 0), end + QPointF(backwards ? bend : -bend, 0), end);
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(color, 1.4));
    p.drawPath(path);
    double direction = backwards ? -1 : 1;
    QPolygonF head;
    head << end << end + QPointF(-8 * direction, -4) << end + QPointF(-8 * direction, 4);
    p.setBrush(color);
    p.drawPolygon(head);
  }

  HeapGraph graph_;
  QPixmap shown_;  // the drawing as last shown: shownRect_ of the canvas
  QRect shownRect_;
  qint64 shownPalette_ = 0;
  bool shownDark_ = false;
  StaticTextCache texts_;  // what the boxes show, laid out: measured for the layout, then drawn
};

HeapView::HeapView(QWidget* parent) : QScrollArea(parent), canvas_(new HeapCanvas(this)) {
  setWidget(canvas_);
  setWidgetResizable(false);
  setBackgroundRole(QPalette::Base);
  relayOut();
}

void HeapView::setState(StepStatePtr state, StepStatePtr previous) {
  state_ = std::move(state);
  previous_ = std::move(previous);
  relayOut();
}

const HeapGraph& HeapView::graph() const {
  return canvas_->graph();
}

void HeapView::relayOut() {
  QFont font = canvas_->font();
  HeapLayoutOptions options;
  options.rowHeight = std::ceil(QFontMetricsF(font).height() + 4);
  StaticTextCache& texts = canvas_->texts();
  canvas_->setGraph(state_
                        ? layOutHeap(
                              *state_, previous_.get(),
                              [&](const QString& text) { return texts.width(text, font); }, options)
                        : HeapGraph{});
}

QMenu* HeapView::contextMenuAt(const QPoint& pos) {
  QPointF onCanvas = canvas_->mapFrom(viewport(), pos);
  const HeapBox* box = nullptr;
  for (const HeapBox& b : canvas_->graph().boxes)
    if (b.kind == HeapBox::Kind::Object && b.rect.contains(onCanvas)) box = &b;
  if (!box) return nullptr;
  uint64_t id = box->id;
  auto* menu = new QMenu(this);
  menu->setObjectName("heapObjectMenu");
  menu->addAction(tr("Go to the Previous Change of This Object"), this,
                  [this, id] { emit objectChangeRequested(id, recorder::Direction::Backward); })
      ->setObjectName("previousObjectChange");
  menu->addAction(tr("Go to the Next Change of This Object"), this,
                  [this, id] { emit objectChangeRequested(id, recorder::Direction::Forward); })
      ->setObjectName("nextObjectChange");
  menu->addSeparator();
  menu->addAction(tr("Go to Where It Was Created"), this,
                  [this, id] { emit objectCreationRequested(id); })
      ->setObjectName("objectCreation");
  return menu;
}

void HeapView::contextMenuEvent(QContextMenuEvent* event) {
  QMenu* menu = contextMenuAt(event->pos());
  if (!menu) return;
  menu->setAttribute(Qt::WA_DeleteOnClose);
  menu->popup(event->globalPos());
}

void HeapView::changeEvent(QEvent* event) {
  QScrollArea::changeEvent(event);
  if (event->type() == QEvent::FontChange) {
    canvas_->setFont(font());
    relayOut();
  }
}

}  // namespace rw::gui
