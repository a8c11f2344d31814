#include "gui/views/timeline_bar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QSpinBox>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>
#include <limits>

#include "gui/views/timeline_markers.h"

namespace rw::gui {

namespace {

// Beyond this many steps one slider position covers several steps; the buttons, keys and the
// step box still reach each one.
constexpr int64_t kSliderPositions = 1'000'000;

}  // namespace

TimelineBar::TimelineBar(QWidget* parent)
    : QWidget(parent),
      back_(new QToolButton(this)),
      slider_(new QSlider(Qt::Horizontal, this)),
      markers_(new TimelineMarkers(this)),
      forward_(new QToolButton(this)),
      stepBox_(new QSpinBox(this)),
      total_(new QLabel(this)) {
  back_->setArrowType(Qt::LeftArrow);
  back_->setToolTip(tr("Step back (Left)"));
  back_->setAutoRepeat(true);
  forward_->setArrowType(Qt::RightArrow);
  forward_->setToolTip(tr("Step forward (Right)"));
  forward_->setAutoRepeat(true);
  slider_->setToolTip(tr("Drag to travel through the recording"));
  slider_->setFocusPolicy(Qt::NoFocus);  // Left/Right belong to the step shortcuts
  stepBox_->setToolTip(tr("Go to step"));
  stepBox_->setKeyboardTracking(false);
  stepBox_->setAccelerated(true);

  auto* layout = new QHBoxLayout(this);
  layout->setContentsMargins(6, 2, 6, 2);
  layout->addWidget(back_);
  auto* axis = new QVBoxLayout;
  axis->setSpacing(0);
  axis->addWidget(slider_);
  axis->addWidget(markers_);
  layout->addLayout(axis, 1);
  markers_->setMargin(slider_->style()->pixelMetric(QStyle::PM_SliderLength) / 2);
  markers_->setToolTip(
      tr("Calls (blue), output (green), exceptions (red), breakpoint hits "
         "(orange): click one to go there"));
  layout->addWidget(forward_);
  layout->addSpacing(8);
  layout->addWidget(new QLabel(tr("Step"), this));
  layout->addWidget(stepBox_);
  layout->addWidget(total_);

  connect(back_, &QToolButton::clicked, this, [this] { emit stepByRequested(-1); });
  connect(forward_, &QToolButton::clicked, this, [this] { emit stepByRequested(1); });
  // While dragging, every position is asked for; the controller keeps only the latest
  // request waiting, so the replay follows the handle and ends at the released position.
  connect(slider_, &QSlider::valueChanged, this, [this](int position) {
    if (!showing_) emit stepRequested(stepAtSlider(position));
  });
  connect(slider_, &QSlider::sliderReleased, this,
          [this] { emit stepRequested(stepAtSlider(slider_->value())); });
  connect(stepBox_, &QSpinBox::valueChanged, this, [this](int step) {
    if (!showing_) emit jumpRequested(step);
  });
  connect(markers_, &TimelineMarkers::markerClicked, this, &TimelineBar::jumpRequested);
  connect(markers_, &TimelineMarkers::stepClicked, this, &TimelineBar::jumpRequested);
  setStepCount(0);
}

void TimelineBar::setStepCount(int64_t steps) {
  steps_ = steps;
  showing_ = true;
  int64_t last = std::max<int64_t>(0, steps - 1);
  slider_->setRange(0, static_cast<int>(std::min(last, kSliderPositions)));
  slider_->setPageStep(std::max(1, slider_->maximum() / 20));
  stepBox_->setRange(0, static_cast<int>(std::min<int64_t>(last, std::numeric_limits<int>::max())));
  total_->setText(tr("of %1").arg(steps));
  markers_->setStepCount(steps);
  bool enabled = steps > 0;
  for (QWidget* w : std::initializer_list<QWidget*>{back_, slider_, forward_, stepBox_})
    w->setEnabled(enabled);
  slider_->setValue(0);
  stepBox_->setValue(0);
  showing_ = false;
}

void TimelineBar::showStep(int64_t step) {
  showing_ = true;
  slider_->setValue(sliderPosition(step));
  stepBox_->setValue(static_cast<int>(std::min<int64_t>(step, stepBox_->maximum())));
  showing_ = false;
}

int TimelineBar::sliderPosition(int64_t step) const {
  int64_t last = steps_ - 1;
  if (last <= kSliderPositions) return static_cast<int>(step);
  return static_cast<int>(static_cast<double>(step) / static_cast<double>(last) * kSliderPositions);
}

int64_t TimelineBar::stepAtSlider(int position) const {
  int64_t last = steps_ - 1;
  if (last <= kSliderPositions) return position;
  return static_cast<int64_t>(static_cast<double>(position) / kSliderPositions *
                              static_cast<double>(last));
}

}  // namespace rw::gui
