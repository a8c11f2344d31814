// Travelling with the timeline bar and the keyboard: the slider, the step box, the buttons
// and Right / Left / Home / End all end on the step asked for last.
#include <gtest/gtest.h>

#include <QSlider>
#include <QSpinBox>
#include <QTest>

#include "gui/session/timeline_controller.h"
#include "gui/views/timeline_bar.h"
#include "gui_test_support.h"

namespace rw::gui {
namespace {

using namespace test_support;

class TimelineBarTest : public ::testing::Test {
 protected:
  void SetUp() override {
    check_.watchAllModelsOf(window_);
    window_.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window_));
    ASSERT_TRUE(openAndWait(window_, QString::fromStdString(examplePath("6_25_end_to_end.py"))));
  }

  bool settlesOn(int64_t step) {
    TimelineController* controller = window_.controller();
    return waitUntil([&] { return controller->isIdle(); }) && controller->state()->step == step &&
           window_.timelineBar()->slider()->value() == step &&
           window_.timelineBar()->stepBox()->value() == step;
  }

  ModelCheck check_;
  MainWindow window_;
};

TEST_F(TimelineBarTest, DraggingTheSliderEndsOnTheReleasedPosition) {
  QSlider* slider = window_.timelineBar()->slider();
  EXPECT_EQ(slider->maximum(), 19);
  slider->setSliderDown(true);
  for (int position : {3, 9, 15, 12, 17})
    slider->setValue(position);
  slider->setSliderDown(false);
  EXPECT_TRUE(settlesOn(17));
}

TEST_F(TimelineBarTest, StepBoxGoesToTheStep) {
  window_.timelineBar()->stepBox()->setValue(11);
  EXPECT_TRUE(settlesOn(11));
}

TEST_F(TimelineBarTest, KeysStepForwardBackAndJumpToTheEnds) {
  window_.activateWindow();
  ASSERT_TRUE(QTest::qWaitForWindowActive(&window_));
  QTest::keyClick(&window_, Qt::Key_Right);
  QTest::keyClick(&window_, Qt::Key_Right);
  EXPECT_TRUE(settlesOn(2));
  QTest::keyClick(&window_, Qt::Key_Left);
  EXPECT_TRUE(settlesOn(1));
  QTest::keyClick(&window_, Qt::Key_End);
  EXPECT_TRUE(settlesOn(19));
  QTest::keyClick(&window_, Qt::Key_Right);  // already at the end
  EXPECT_TRUE(settlesOn(19));
  QTest::keyClick(&window_, Qt::Key_Home);
  EXPECT_TRUE(settlesOn(0));
}

}  // namespace
}  // namespace rw::gui
