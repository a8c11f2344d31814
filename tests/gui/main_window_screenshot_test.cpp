// Renders the main window at a telling step of the end-to-end example — inside add(), about to
// add x and y — into BUILD/screenshots/gui-6_25.png. docs/screenshots holds reviewed copies:
// copy a new rendering there after looking at it.
#include <gtest/gtest.h>

#include <QDir>
#include <QImage>
#include <QPixmap>
#include <QTest>

#include "gui/session/timeline_controller.h"
#include "gui/views/source_view.h"
#include "gui_test_support.h"
#include "recorder/timeline.h"

namespace rw::gui {
namespace {

using namespace test_support;

TEST(MainWindowScreenshot, EndToEndExampleInsideAdd) {
  ModelCheck check;
  MainWindow window;
  check.watchAllModelsOf(window);
  window.resize(1440, 900);
  window.show();
  ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
  ASSERT_TRUE(openAndWait(window, QString::fromStdString(examplePath("6_25_end_to_end.py"))));

  auto timeline = recorder::Timeline::open(window.controller()->trace()->tracePath);
  int64_t binaryOp = -1;
  for (int64_t step = 0; step < timeline->steps() && binaryOp < 0; ++step) {
    recorder::StepState state = timeline->state(step);
    if (state.frames.front().function == "add" && state.instruction.opname == "BINARY_OP")
      binaryOp = step;
  }
  ASSERT_GE(binaryOp, 0);
  ASSERT_TRUE(goToStep(window, binaryOp));
  EXPECT_EQ(window.sourceView()->currentLine(), 5);
  QCoreApplication::processEvents();

  QImage image = window.grab().toImage();
  ASSERT_EQ(image.size(), window.size() * window.devicePixelRatio());
  QString directory = QString(REWIND_BINARY_DIR) + "/screenshots";
  ASSERT_TRUE(QDir().mkpath(directory));
  QString path = directory + "/gui-6_25.png";
  ASSERT_TRUE(image.save(path)) << path.toStdString();
  EXPECT_FALSE(QImage(path).isNull());
}

}  // namespace
}  // namespace rw::gui
