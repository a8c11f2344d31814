// The time axis: a slider over every step with the markers strip under it, step back /
// forward buttons and a "go to step" box. It only asks for steps (stepRequested, or
// jumpRequested for a jump the navigation history remembers); the controller decides what is
// shown.
#pragma once

#include <QWidget>
#include <cstdint>

class QLabel;
class QSlider;
class QSpinBox;
class QToolButton;

namespace rw::gui {

class TimelineMarkers;

class TimelineBar : public QWidget {
  Q_OBJECT

 public:
  explicit TimelineBar(QWidget* parent = nullptr);

  // The number of steps of the open trace (0: nothing to step through).
  void setStepCount(int64_t steps);
  // Moves the controls to `step` without asking for it again.
  void showStep(int64_t step);

  QSlider* slider() const { return slider_; }
  QSpinBox* stepBox() const { return stepBox_; }
  TimelineMarkers* markers() const { return markers_; }

 signals:
  void stepRequested(qint64 step);
  void stepByRequested(qint64 delta);
  void jumpRequested(qint64 step);

 private:
  // Slider positions are steps, except for traces longer than the slider's resolution.
  int sliderPosition(int64_t step) const;
  int64_t stepAtSlider(int position) const;

  QToolButton* back_;
  QSlider* slider_;
  TimelineMarkers* markers_;
  QToolButton* forward_;
  QSpinBox* stepBox_;
  QLabel* total_;
  int64_t steps_ = 0;
  bool showing_ = false;  // true while the controls are moved programmatically
};

}  // namespace rw::gui
