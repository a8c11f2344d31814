// Editing the program in the Source view (File › Edit Source, Ctrl+E) and recording it again
// (Ctrl+R): the edit is saved over the file after a question, recorded in the background,
// and the window comes back to the step it showed; a syntax error in the edit shows as
// opening a bad file does.
#include <gtest/gtest.h>

#include <QAbstractButton>
#include <QAction>
#include <QFile>
#include <QMessageBox>
#include <QTest>

#include "gui/session/timeline_controller.h"
#include "gui/views/output_view.h"
#include "gui/views/source_view.h"
#include "gui_test_support.h"

namespace rw::gui {
namespace {

using namespace test_support;

constexpr const char* kProgram =
    "total = 0\n"
    "for i in range(4):\n"
    "    total += i\n"
    "print(total)\n";

QByteArray fileText(const QString& path) {
  QFile file(path);
  return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Answers the save question with `button`, then waits for the new trace when saved.
void answer(MainWindow& window, QMessageBox::StandardButton button) {
  QMessageBox* box = nullptr;
  ASSERT_TRUE(waitUntil([&] {
    box = window.findChild<QMessageBox*>("saveEditedSource");
    return box && box->isVisible();
  }));
  TraceInfoPtr before = window.controller()->trace();
  QTest::mouseClick(box->button(button), Qt::LeftButton);
  // The offscreen platform has no window manager to give the focus back.
  window.activateWindow();
  ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
  if (button != QMessageBox::Save) return;
  ASSERT_TRUE(waitUntil([&] {
    TimelineController* c = window.controller();
    return c->trace() && c->trace() != before && !c->isLoading() &&
           (c->trace()->steps == 0 || (c->isIdle() && c->state()));
  }));
}

class EditAndRerecord : public ::testing::Test {
 protected:
  void SetUp() override {
    window_.show();
    window_.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window_));
    path_ = scratchPath("editable.py");
    writeFile(path_, kProgram);
    ASSERT_TRUE(openAndWait(window_, path_));
  }

  void startEditing() {
    QTest::keyClick(&window_, Qt::Key_E, Qt::ControlModifier);
    ASSERT_TRUE(window_.sourceView()->isEditing()) << window_.statusText().toStdString();
    ASSERT_TRUE(window_.action("editSource")->isChecked());
  }

  // Types `text` at the end of the program.
  void typeAtEnd(const QString& text) {
    SourceView* source = window_.sourceView();
    source->setFocus();
    QTextCursor end(source->document());
    end.movePosition(QTextCursor::End);
    source->setTextCursor(end);
    QTest::keyClicks(source, text);
  }

  MainWindow window_;
  QString path_;
};

TEST_F(EditAndRerecord, TheEditIsSavedRecordedAndShownAtTheSameStep) {
  ASSERT_TRUE(goToStep(window_, 9));
  ASSERT_GT(window_.sourceView()->currentLine(), 0);
  startEditing();
  EXPECT_FALSE(window_.sourceView()->isReadOnly());
  EXPECT_EQ(window_.sourceView()->currentLine(), 0) << "no step is marked while editing";
  typeAtEnd("print('again', total)");
  EXPECT_TRUE(window_.sourceView()->toPlainText().endsWith("print('again', total)"));

  // Cancel keeps editing and leaves the file alone.
  QTest::keyClick(&window_, Qt::Key_R, Qt::ControlModifier);
  answer(window_, QMessageBox::Cancel);
  EXPECT_TRUE(window_.sourceView()->isEditing());
  EXPECT_EQ(fileText(path_), QByteArray(kProgram));

  QTest::keyClick(&window_, Qt::Key_R, Qt::ControlModifier);
  answer(window_, QMessageBox::Save);
  QByteArray edited = QByteArray(kProgram) + "print('again', total)";
  EXPECT_EQ(fileText(path_), edited);
  EXPECT_FALSE(window_.sourceView()->isEditing());
  EXPECT_FALSE(window_.action("editSource")->isChecked());
  TraceInfoPtr trace = window_.controller()->trace();
  ASSERT_FALSE(trace->sources.empty());
  EXPECT_EQ(trace->sources.front().info.text, edited.toStdString());
  ASSERT_TRUE(waitUntil(
      [&] { return window_.controller()->isIdle() && window_.controller()->state()->step == 9; }));
  EXPECT_GT(window_.sourceView()->currentLine(), 0);
  ASSERT_TRUE(goToStep(window_, trace->steps - 1));
  EXPECT_EQ(window_.outputView()->stdoutText(), "6\nagain 6\n");
}

TEST_F(EditAndRerecord, ASyntaxErrorShowsAsOpeningABadFileDoes) {
  startEditing();
  typeAtEnd("x = (");
  QTest::keyClick(&window_, Qt::Key_R, Qt::ControlModifier);
  answer(window_, QMessageBox::Save);
  EXPECT_EQ(window_.controller()->trace()->steps, 0);
  EXPECT_NE(window_.outputView()->stderrText().find("SyntaxError: '(' was never closed"),
            std::string::npos)
      << window_.outputView()->stderrText();
  EXPECT_TRUE(window_.statusText().contains("no steps")) << window_.statusText().toStdString();
  // The error can be fixed and recorded again.
  startEditing();
  QTextCursor end(window_.sourceView()->document());
  end.movePosition(QTextCursor::End);
  end.movePosition(QTextCursor::StartOfBlock, QTextCursor::KeepAnchor);
  end.removeSelectedText();
  QTest::keyClick(&window_, Qt::Key_R, Qt::ControlModifier);
  answer(window_, QMessageBox::Save);
  EXPECT_GT(window_.controller()->trace()->steps, 0);
}

TEST_F(EditAndRerecord, LeavingEditModeShowsTheRecordedTextAndStepAgain) {
  ASSERT_TRUE(goToStep(window_, 5));
  int line = window_.sourceView()->currentLine();
  startEditing();
  typeAtEnd("# a note");
  QTest::keyClick(&window_, Qt::Key_E, Qt::ControlModifier);
  EXPECT_FALSE(window_.sourceView()->isEditing());
  EXPECT_EQ(window_.sourceView()->toPlainText(), QString(kProgram));
  EXPECT_EQ(window_.sourceView()->currentLine(), line);
  EXPECT_EQ(fileText(path_), QByteArray(kProgram));
}

}  // namespace
}  // namespace rw::gui
