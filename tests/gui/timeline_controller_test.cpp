// The controller: opening programs and traces, bad files, and requests that pile up while a
// state is being computed.
#include <gtest/gtest.h>

#include <QDir>
#include <QMessageBox>
#include <QSignalSpy>

#include "gui/session/program_recording.h"
#include "gui/session/timeline_controller.h"
#include "gui/views/ast_view.h"
#include "gui/views/output_view.h"
#include "gui_test_support.h"

namespace rw::gui {
namespace {

using namespace test_support;

struct OpenResult {
  TraceInfoPtr trace;
  QString error;
};

OpenResult openWith(TimelineController& controller, const QString& path) {
  QSignalSpy opened(&controller, &TimelineController::traceOpened);
  QSignalSpy failed(&controller, &TimelineController::openFailed);
  controller.openFile(path);
  EXPECT_TRUE(waitUntil([&] { return !opened.isEmpty() || !failed.isEmpty(); }));
  if (!failed.isEmpty()) return {nullptr, failed.front().at(1).toString()};
  if (!opened.isEmpty()) return {opened.front().at(0).value<TraceInfoPtr>(), {}};
  return {};
}

TEST(TimelineController, RecordsAProgramAndOpensItsTrace) {
  TimelineController controller;
  OpenResult result =
      openWith(controller, QString::fromStdString(examplePath("6_25_end_to_end.py")));
  ASSERT_TRUE(result.trace) << result.error.toStdString();
  EXPECT_EQ(result.trace->steps, 20);
  EXPECT_EQ(result.trace->status, "complete");
  EXPECT_EQ(result.trace->recordingOutput, "15\n");
  ASSERT_EQ(result.trace->sources.size(), 1u);
  EXPECT_NE(result.trace->sources[0].ast, nullptr);
  EXPECT_FALSE(result.trace->sources[0].tokens.empty());
  EXPECT_TRUE(TimelineController::looksLikeTrace(QString::fromStdString(result.trace->tracePath)));
  ASSERT_TRUE(waitUntil([&] { return controller.isIdle() && controller.state(); }));
  EXPECT_EQ(controller.state()->step, 0);

  // The trace it wrote opens again as a trace (recognised by its content, not its name).
  QString copy = scratchPath("copy-without-extension");
  QFile::remove(copy);
  ASSERT_TRUE(QFile::copy(QString::fromStdString(result.trace->tracePath), copy));
  OpenResult reopened = openWith(controller, copy);
  ASSERT_TRUE(reopened.trace) << reopened.error.toStdString();
  EXPECT_EQ(reopened.trace->steps, 20);
  EXPECT_TRUE(reopened.trace->recordingOutput.empty());
}

TEST(TimelineController, RequestsMadeWhileBusyCollapseIntoTheLatest) {
  TimelineController controller;
  ASSERT_TRUE(
      openWith(controller, QString::fromStdString(examplePath("6_25_end_to_end.py"))).trace);
  ASSERT_TRUE(waitUntil([&] { return controller.isIdle() && controller.state(); }));
  QSignalSpy states(&controller, &TimelineController::stateChanged);
  for (int64_t step = 1; step < 20; ++step)
    controller.requestStep(step);
  EXPECT_EQ(controller.targetStep(), 19);
  ASSERT_TRUE(waitUntil([&] { return controller.isIdle(); }));
  // The first request was sent at once; the other 18 waited and collapsed into step 19.
  ASSERT_EQ(states.size(), 2);
  EXPECT_EQ(states[0].at(0).value<StepStatePtr>()->step, 1);
  EXPECT_EQ(states[1].at(0).value<StepStatePtr>()->step, 19);
  EXPECT_EQ(controller.state()->step, 19);

  controller.requestStep(1000);  // clamped to the last step, which is already shown
  controller.stepBy(-25);        // clamped to the first
  ASSERT_TRUE(waitUntil([&] { return controller.isIdle(); }));
  EXPECT_EQ(controller.state()->step, 0);
}

TEST(TimelineController, MissingProgramIsReportedWithTheSystemsReason) {
  TimelineController controller;
  OpenResult result = openWith(controller, "/nonexistent/missing.py");
  EXPECT_FALSE(result.trace);
  EXPECT_EQ(result.error,
            "can't open file '/nonexistent/missing.py': [Errno 2] No such file or directory");
  EXPECT_FALSE(controller.trace());
  controller.requestStep(3);  // nothing open: ignored
  EXPECT_TRUE(controller.isIdle());
}

TEST(TimelineController, DirectoryIsNotAProgram) {
  TimelineController controller;
  QString directory = QDir::tempPath();
  OpenResult result = openWith(controller, directory);
  EXPECT_EQ(result.error, "can't open file '" + directory + "': [Errno 21] Is a directory");
}

TEST(TimelineController, DamagedTraceIsReported) {
  TimelineController controller;
  QString path = scratchPath("damaged.rwd");
  writeFile(path, "this is not a trace at all");
  OpenResult result = openWith(controller, path);
  EXPECT_FALSE(result.trace);
  EXPECT_TRUE(result.error.contains(path)) << result.error.toStdString();
}

TEST(TimelineController, SyntaxErrorRecordsATraceWithoutSteps) {
  TimelineController controller;
  QString path = scratchPath("unclosed.py");
  writeFile(path, "x = (\n");
  OpenResult result = openWith(controller, path);
  ASSERT_TRUE(result.trace) << result.error.toStdString();
  EXPECT_EQ(result.trace->steps, 0);
  EXPECT_NE(result.trace->recordingOutput.find("SyntaxError: '(' was never closed"),
            std::string::npos);
  ASSERT_EQ(result.trace->sources.size(), 1u);
  EXPECT_EQ(result.trace->sources[0].ast, nullptr);
  EXPECT_NE(result.trace->sources[0].astError.find("was never closed"), std::string::npos);
  controller.requestStep(0);  // no steps: nothing to ask for
  EXPECT_TRUE(controller.isIdle());
  EXPECT_FALSE(controller.state());
}

TEST(MainWindowErrors, EndlessProgramIsCutOff) {
  QString program = scratchPath("endless.py");
  writeFile(program, "i = 0\nwhile True:\n    i += 1\n");
  QString trace = scratchPath("endless.rwd");
  RecordingSettings settings;
  settings.maxSteps = 5000;
  RecordingOutcome outcome = recordPythonFile(program.toStdString(), trace.toStdString(), settings);
  EXPECT_EQ(outcome.result.status, "max-steps");
  MainWindow window;
  ASSERT_TRUE(openAndWait(window, trace));
  EXPECT_GE(outcome.result.steps, 5000);
  QString steps = QString::number(outcome.result.steps);
  EXPECT_EQ(window.traceStatusText(),
            steps + " steps · recording stopped after " + steps + " steps");
}

TEST(MainWindowErrors, SyntaxErrorShowsTheProgramsErrorOutput) {
  MainWindow window;
  QString path = scratchPath("unclosed-window.py");
  writeFile(path, "print('hi')\nx = (\n");
  ASSERT_TRUE(openAndWait(window, path));
  EXPECT_NE(window.outputView()->stderrText().find("SyntaxError"), std::string::npos);
  EXPECT_TRUE(window.statusText().contains("no steps")) << window.statusText().toStdString();
  EXPECT_TRUE(window.astView()->emptyText().contains("was never closed"))
      << window.astView()->emptyText().toStdString();
  EXPECT_EQ(window.findChild<QMessageBox*>("errorMessage"), nullptr);
}

TEST(MainWindowErrors, UnreadableFileShowsAnErrorDialog) {
  MainWindow window;
  window.openFile("/nonexistent/missing.py");
  ASSERT_TRUE(waitUntil([&] { return window.findChild<QMessageBox*>("errorMessage") != nullptr; }));
  auto* box = window.findChild<QMessageBox*>("errorMessage");
  EXPECT_TRUE(box->text().contains("No such file or directory")) << box->text().toStdString();
  EXPECT_TRUE(window.statusText().contains("Could not open missing.py"));
  box->close();
}

}  // namespace
}  // namespace rw::gui
