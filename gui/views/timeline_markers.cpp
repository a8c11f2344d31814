#include "gui/views/timeline_markers.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QStringList>
#include <QToolTip>
#include <algorithm>

#include "gui/models/model_colors.h"

namespace rw::gui {

namespace {

constexpr int kNearPixels = 4;

}  // namespace

TimelineMarkers::TimelineMarkers(QWidget* parent) : QWidget(parent) {
  setFixedHeight(20);
  setMouseTracking(true);
  setCursor(Qt::PointingHandCursor);
}

void TimelineMarkers::setStepCount(int64_t steps) {
  steps_ = steps;
  events_.clear();
  hits_.clear();
  rebuild();
}

void TimelineMarkers::setEvents(const std::vector<recorder::TimelineEvent>& events) {
  events_ = events;
  rebuild();
}

void TimelineMarkers::setBreakpointHits(const std::vector<int64_t>& hits) {
  hits_ = hits;
  rebuild();
}

void TimelineMarkers::setMargin(int margin) {
  margin_ = margin;
  binMarkers();
}

void TimelineMarkers::rebuild() {
  markers_.clear();
  markers_.reserve(events_.size() + hits_.size());
  for (const recorder::TimelineEvent& e : events_) {
    Kind kind = e.kind == recorder::TimelineEvent::Kind::Call    ? Call
                : e.kind == recorder::TimelineEvent::Kind::Raise ? Exception
                                                                 : Output;
    markers_.push_back({e.step, kind});
  }
  for (int64_t step : hits_)
    markers_.push_back({step, BreakpointHit});
  std::stable_sort(markers_.begin(), markers_.end(),
                   [](const Marker& a, const Marker& b) { return a.step < b.step; });
  binMarkers();
}

// One set of kinds per pixel, however many steps a pixel covers: painting then costs the
// strip's width, not the number of markers.
void TimelineMarkers::binMarkers() {
  int w = std::max(0, width());
  kindsAtPixel_.assign(static_cast<size_t>(w) + 1, 0);
  for (const Marker& m : markers_) {
    int x = std::clamp(xOf(m.step), 0, w);
    kindsAtPixel_[static_cast<size_t>(x)] |= m.kind;
  }
  update();
}

void TimelineMarkers::resizeEvent(QResizeEvent* event) {
  QWidget::resizeEvent(event);
  binMarkers();
}

int TimelineMarkers::xOf(int64_t step) const {
  int span = std::max(1, width() - 2 * margin_);
  if (steps_ <= 1) return margin_;
  return margin_ +
         static_cast<int>(static_cast<double>(step) / static_cast<double>(steps_ - 1) * span);
}

int64_t TimelineMarkers::stepAt(int x) const {
  int span = std::max(1, width() - 2 * margin_);
  if (steps_ <= 1) return 0;
  double fraction = std::clamp(static_cast<double>(x - margin_) / span, 0.0, 1.0);
  return static_cast<int64_t>(fraction * static_cast<double>(steps_ - 1) + 0.5);
}

std::optional<int64_t> TimelineMarkers::markerNear(int x) const {
  int64_t from = stepAt(x - kNearPixels), to = stepAt(x + kNearPixels);
  auto first = std::lower_bound(markers_.begin(), markers_.end(), from,
                                [](const Marker& m, int64_t s) { return m.step < s; });
  std::optional<int64_t> best;
  int bestDistance = kNearPixels + 1;
  // Exceptions and breakpoint hits win over the calls around them.
  int bestRank = -1;
  for (auto it = first; it != markers_.end() && it->step <= to; ++it) {
    int distance = std::abs(xOf(it->step) - x);
    int rank = it->kind == Call ? 0 : 1;
    if (rank > bestRank || (rank == bestRank && distance < bestDistance)) {
      best = it->step;
      bestDistance = distance;
      bestRank = rank;
    }
  }
  return best;
}

QString TimelineMarkers::toolTipAt(int x) const {
  int64_t from = stepAt(x - kNearPixels), to = stepAt(x + kNearPixels);
  QStringList lines;
  auto first =
      std::lower_bound(events_.begin(), events_.end(), from,
                       [](const recorder::TimelineEvent& e, int64_t s) { return e.step < s; });
  for (auto it = first; it != events_.end() && it->step <= to && lines.size() < 8; ++it)
    lines << tr("step %1: %2").arg(it->step).arg(describe_ ? describe_(*it) : QString());
  for (int64_t hit : hits_)
    if (hit >= from && hit <= to && lines.size() < 10) lines << tr("step %1: breakpoint").arg(hit);
  if (lines.isEmpty()) return tr("step %1").arg(stepAt(x));
  return lines.join('\n');
}

void TimelineMarkers::paintEvent(QPaintEvent*) {
  QPainter p(this);
  p.fillRect(rect(), palette().color(QPalette::Base));
  if (steps_ <= 0) return;
  int w = static_cast<int>(kindsAtPixel_.size()) - 1;
  int h = height();
  p.fillRect(margin_, h - 1, std::max(0, w - 2 * margin_), 1, palette().color(QPalette::Mid));
  for (int x = 0; x <= w; ++x) {
    uint8_t k = kindsAtPixel_[static_cast<size_t>(x)];
    if (!k) continue;
    if (k & Call) p.fillRect(x, h - 7, 2, 6, colors::callMarker());
    if (k & Output) p.fillRect(x, h - 14, 2, 6, colors::outputMarker());
    if (k & Exception) p.fillRect(x - 1, 1, 3, h - 2, colors::exceptionMarker());
    if (k & BreakpointHit) {
      p.setPen(Qt::NoPen);
      p.setBrush(colors::breakpointHitMarker());
      QPolygon triangle;
      triangle << QPoint(x - 4, 0) << QPoint(x + 4, 0) << QPoint(x, 6);
      p.drawPolygon(triangle);
    }
  }
}

void TimelineMarkers::mousePressEvent(QMouseEvent* event) {
  if (steps_ <= 0 || event->button() != Qt::LeftButton) return;
  int x = static_cast<int>(event->position().x());
  if (std::optional<int64_t> step = markerNear(x))
    emit markerClicked(*step);
  else
    emit stepClicked(stepAt(x));
}

bool TimelineMarkers::event(QEvent* event) {
  if (event->type() == QEvent::ToolTip) {
    auto* help = static_cast<QHelpEvent*>(event);
    if (steps_ > 0) QToolTip::showText(help->globalPos(), toolTipAt(help->pos().x()), this);
    return true;
  }
  return QWidget::event(event);
}

}  // namespace rw::gui
