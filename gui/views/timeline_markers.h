// The strip under the timeline slider that marks where the program called functions, raised
// exceptions, wrote output and hit breakpoints. Clicking a mark goes to its step.
#pragma once

#include <QWidget>
#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

#include "recorder/timeline.h"

namespace rw::gui {

class TimelineMarkers : public QWidget {
  Q_OBJECT

 public:
  enum Kind : uint8_t { Call = 1, Exception = 2, Output = 4, BreakpointHit = 8 };
  struct Marker {
    int64_t step;
    Kind kind;
  };

  explicit TimelineMarkers(QWidget* parent = nullptr);

  void setStepCount(int64_t steps);
  void setEvents(const std::vector<recorder::TimelineEvent>& events);
  void setBreakpointHits(const std::vector<int64_t>& hits);
  // Says what an event is, for tooltips ("call fib", "ValueError").
  void setDescriber(std::function<QString(const recorder::TimelineEvent&)> describe) {
    describe_ = std::move(describe);
  }
  // Pixels left and right of the strip where no step is drawn (the slider's handle margin).
  void setMargin(int margin);

  // The step drawn at x, and the nearest marked step within a few pixels of x, if any.
  int64_t stepAt(int x) const;
  std::optional<int64_t> markerNear(int x) const;
  int xOf(int64_t step) const;
  size_t markerCount() const { return markers_.size(); }
  QString toolTipAt(int x) const;

 signals:
  void markerClicked(qint64 step);
  void stepClicked(qint64 step);

 protected:
  void paintEvent(QPaintEvent* event) override;
  void mousePressEvent(QMouseEvent* event) override;
  bool event(QEvent* event) override;
  void resizeEvent(QResizeEvent* event) override;

 private:
  int64_t steps_ = 0;
  int margin_ = 8;
  std::vector<Marker> markers_;  // sorted by step
  std::vector<recorder::TimelineEvent> events_;
  std::vector<int64_t> hits_;
  std::function<QString(const recorder::TimelineEvent&)> describe_;
  std::vector<uint8_t> kindsAtPixel_;
  void rebuild();
  void binMarkers();
};

}  // namespace rw::gui
