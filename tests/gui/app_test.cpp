// Using the app: recording with input, the sandbox, cancelling a recording, the layout
// remembered between runs, fonts for a projector, themes, drag and drop, recent files.
#include <gtest/gtest.h>

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QTest>
#include <QUrl>

#include "gui/app/recent_files.h"
#include "gui/app/theme.h"
#include "gui/models/model_colors.h"
#include "gui/session/timeline_controller.h"
#include "gui/views/output_view.h"
#include "gui/views/source_view.h"
#include "gui_test_support.h"

namespace rw::gui {
namespace {

using namespace test_support;

TEST(Recording, InputComesFromTheStdinField) {
  QString program = scratchPath("greet.py");
  writeFile(program,
            "name = input('name? ')\nprint('hello', name)\nprint(repr(input()))\ninput()\n");
  MainWindow window;
  RecordingSettings settings;
  settings.input = "Ada\nBob";
  window.setRecordingSettings(settings);
  ASSERT_TRUE(openAndWait(window, program));
  ASSERT_TRUE(goToStep(window, window.controller()->trace()->steps - 1));
  ASSERT_TRUE(waitUntil([&] { return window.controller()->eventsComplete(); }));
  // The third input() meets the end of the input: EOFError, like a closed terminal; its
  // traceback shows at the last step.
  EXPECT_EQ(window.outputView()->stdoutText(), "name? hello Ada\n'Bob'\n");
  EXPECT_NE(window.outputView()->stderrText().find("EOFError"), std::string::npos);
}

TEST(Recording, SandboxedByDefault) {
  QString folder = scratchPath("sandboxed");
  ASSERT_TRUE(QDir().mkpath(folder));
  QString outside = scratchPath("outside.txt");
  writeFile(outside, "secret\n");
  QString program = folder + "/reader.py";
  writeFile(program, "print(open(" + ("'" + outside.toStdString() + "'") + ").read())\n");
  MainWindow window;
  ASSERT_TRUE(openAndWait(window, program));
  ASSERT_TRUE(goToStep(window, window.controller()->trace()->steps - 1));
  ASSERT_TRUE(waitUntil([&] { return window.controller()->eventsComplete(); }));
  EXPECT_EQ(window.outputView()->stdoutText().find("secret"), std::string::npos);
  EXPECT_NE(window.outputView()->stderrText().find("PermissionError"), std::string::npos)
      << window.outputView()->stderrText();
  EXPECT_FALSE(window.outputView()->stderrText().empty());

  RecordingSettings open;
  open.sandboxed = false;
  window.setRecordingSettings(open);
  ASSERT_TRUE(openAndWait(window, program));
  ASSERT_TRUE(goToStep(window, window.controller()->trace()->steps - 1));
  ASSERT_TRUE(waitUntil([&] { return window.controller()->eventsComplete(); }));
  EXPECT_EQ(window.outputView()->stdoutText(), "secret\n\n");
}

TEST(Recording, CancelStopsTheRecordingAndKeepsTheOpenTrace) {
  MainWindow window;
  ASSERT_TRUE(openAndWait(window, appExamplePath("recursion.py")));
  TraceInfoPtr before = window.controller()->trace();
  QString endless = scratchPath("forever.py");
  writeFile(endless, "i = 0\nwhile True:\n    i += 1\n");
  bool progressed = false, cancelled = false;
  QObject::connect(window.controller(), &TimelineController::recordingProgress,
                   [&](qint64 steps) { progressed = steps > 0; });
  QObject::connect(window.controller(), &TimelineController::recordingCancelled,
                   [&] { cancelled = true; });
  window.openFile(endless);
  EXPECT_TRUE(window.findChild<QProgressBar*>("recordingProgress")->isVisibleTo(&window));
  ASSERT_TRUE(waitUntil([&] { return progressed; }));
  QTest::mouseClick(window.findChild<QPushButton*>("cancelRecording"), Qt::LeftButton);
  ASSERT_TRUE(waitUntil([&] { return cancelled; }));
  EXPECT_FALSE(window.controller()->isLoading());
  EXPECT_EQ(window.controller()->trace(), before);
  ASSERT_TRUE(goToStep(window, 3));
  EXPECT_TRUE(window.statusText().startsWith("step 3 of"));
}

TEST(Layout, DocksAreRememberedBetweenRuns) {
  {
    MainWindow window;
    window.show();
    window.findChild<QDockWidget*>("tokensDock")->close();
    window.close();
  }
  {
    MainWindow window;
    window.show();
    EXPECT_FALSE(window.findChild<QDockWidget*>("tokensDock")->isVisible());
    window.action("resetLayout")->trigger();
    EXPECT_TRUE(window.findChild<QDockWidget*>("tokensDock")->isVisibleTo(&window));
    window.close();
  }
}

TEST(Presentation, FontsGrowAndShrinkAndThemesSwitch) {
  MainWindow window;
  double base = window.sourceView()->font().pointSizeF();
  window.zoomBy(2);
  EXPECT_DOUBLE_EQ(window.sourceView()->font().pointSizeF(), base + 2);
  window.action("presentationMode")->trigger();
  EXPECT_GT(window.sourceView()->font().pointSizeF(), base + 2);
  window.action("presentationMode")->trigger();
  window.action("zoomOut")->trigger();
  window.action("zoomOut")->trigger();
  EXPECT_DOUBLE_EQ(window.sourceView()->font().pointSizeF(), base);

  window.setTheme(Theme::Dark);
  EXPECT_TRUE(colors::darkPalette());
  EXPECT_LT(QApplication::palette().color(QPalette::Base).lightness(), 128);
  EXPECT_EQ(QSettings().value("theme").toString(), "dark");
  window.setTheme(Theme::Light);
  EXPECT_FALSE(colors::darkPalette());
  window.setTheme(Theme::System);
  EXPECT_EQ(QSettings().value("theme").toString(), "system");
}

TEST(Files, DroppingAProgramRecordsItAndRecentFilesRememberIt) {
  MainWindow window;
  QString program = appExamplePath("recursion.py");
  QMimeData data;
  data.setUrls({QUrl::fromLocalFile(program)});
  QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
  QApplication::sendEvent(&window, &enter);
  EXPECT_TRUE(enter.isAccepted());
  QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
  QApplication::sendEvent(&window, &drop);
  ASSERT_TRUE(
      waitUntil([&] { return window.controller()->trace() && window.controller()->isIdle(); }));
  EXPECT_TRUE(window.windowTitle().startsWith("recursion.py"));

  RecentFiles::clear();
  RecentFiles::add(program);
  RecentFiles::add(appExamplePath("imports.py"));
  RecentFiles::add(program);
  QStringList recent = RecentFiles::load();
  ASSERT_EQ(recent.size(), 2);
  EXPECT_EQ(recent.front(), QFileInfo(program).absoluteFilePath());
}

TEST(Examples, EveryExampleRecordsAndSaysWhatToWatch) {
  QDir directory(MainWindow::examplesDirectory());
  QStringList files = directory.entryList({"*.py"}, QDir::Files);
  EXPECT_GE(files.size(), 8);
  MainWindow window;
  for (const QString& file : files) {
    SCOPED_TRACE(file.toStdString());
    QAction* action = window.action("example_" + QFileInfo(file).completeBaseName());
    ASSERT_NE(action, nullptr);
    EXPECT_TRUE(action->statusTip().contains("Watch")) << action->statusTip().toStdString();
    ASSERT_TRUE(openAndWait(window, directory.filePath(file)));
    EXPECT_GT(window.controller()->trace()->steps, 10);
  }
}

}  // namespace
}  // namespace rw::gui
