// Renders the main window at telling steps into BUILD/screenshots/*.png: the end-to-end example
// inside add(), about to add x and y; a closure's shared cell in the heap; a suspended
// generator; a program opened at its uncaught exception; recursion in the dark theme with a
// breakpoint. docs/screenshots holds reviewed copies: copy a new rendering there after
// looking at it.
#include <gtest/gtest.h>

#include <QDir>
#include <QImage>
#include <QPixmap>
#include <QTest>

#include "gui/app/theme.h"
#include "gui/models/breakpoints_model.h"
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

void saveScreenshot(MainWindow& window, const QString& name) {
  QCoreApplication::processEvents();
  QImage image = window.grab().toImage();
  QString directory = QString(REWIND_BINARY_DIR) + "/screenshots";
  ASSERT_TRUE(QDir().mkpath(directory));
  QString path = directory + "/" + name;
  ASSERT_TRUE(image.save(path)) << path.toStdString();
  EXPECT_FALSE(QImage(path).isNull());
}

// The first step at which `holds` is true.
int64_t stepWhere(recorder::Timeline& timeline,
                  const std::function<bool(const recorder::StepState&)>& holds) {
  for (int64_t step = 0; step < timeline.steps(); ++step)
    if (holds(timeline.state(step))) return step;
  ADD_FAILURE() << "no such step";
  return 0;
}

// Opens an Examples program in a window of the screenshots' size, at the step `holds` picks.
void showExampleAt(MainWindow& window, const QString& example,
                   const std::function<bool(const recorder::StepState&)>& holds) {
  window.resize(1440, 900);
  window.show();
  ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
  ASSERT_TRUE(openAndWait(window, appExamplePath(example)));
  if (!holds) return;
  auto timeline = recorder::Timeline::open(window.controller()->trace()->tracePath);
  ASSERT_TRUE(goToStep(window, stepWhere(*timeline, holds)));
}

TEST(MainWindowScreenshot, ClosureCellSharedInTheHeap) {
  MainWindow window;
  showExampleAt(window, "closures_and_cells.py", [](const recorder::StepState& s) {
    return s.frames.front().function == "make_counter.<locals>.increment" &&
           s.instruction.opname == "STORE_DEREF";
  });
  window.raiseDock("heapDock");
  saveScreenshot(window, "closure-cell-heap.png");
}

TEST(MainWindowScreenshot, SuspendedGenerator) {
  MainWindow window;
  showExampleAt(window, "generator_suspension.py", [](const recorder::StepState& s) {
    return s.frames.size() == 1 && !s.suspended.empty() && s.location.line == 18;
  });
  window.raiseDock("heapDock");
  saveScreenshot(window, "generator-suspended.png");
}

TEST(MainWindowScreenshot, OpensAtTheUncaughtException) {
  MainWindow window;
  showExampleAt(window, "exception_unwinding.py", nullptr);
  window.raiseDock("astDock");
  saveScreenshot(window, "exception-opens-at-raise.png");
}

TEST(MainWindowScreenshot, RecursionDarkWithBreakpointAndMarkers) {
  MainWindow window;
  window.setTheme(Theme::Dark);
  showExampleAt(window, "recursion.py", [](const recorder::StepState& s) {
    return s.frames.size() == 5 && s.location.line == 10;
  });
  const std::string& file = window.controller()->trace()->sources.front().info.path;
  window.breakpointsModel()->toggle(file, 10);
  window.raiseDock("symbolsDock");
  ASSERT_TRUE(waitUntil([&] {
    return window.controller()->eventsComplete() && !window.controller()->breakpointHits().empty();
  }));
  saveScreenshot(window, "recursion-dark.png");
  window.setTheme(Theme::System);
}

}  // namespace
}  // namespace rw::gui
