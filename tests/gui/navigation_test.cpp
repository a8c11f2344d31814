// Drives the main window with keys and actions like a user: opens an Examples program,
// steps both ways by line, over and out, sets a breakpoint by clicking the source margin,
// reverse-continues to it (with and without a condition), goes back through the history,
// and checks each arrival against the timeline API and each view against the state there.
#include <gtest/gtest.h>

#include <QAction>
#include <QSpinBox>
#include <QTest>
#include <QTextBlock>

#include "gui/models/breakpoints_model.h"
#include "gui/models/bytecode_model.h"
#include "gui/models/frames_model.h"
#include "gui/models/symbols_model.h"
#include "gui/models/tokens_model.h"
#include "gui/models/value_stack_model.h"
#include "gui/models/variables_model.h"
#include "gui/session/timeline_controller.h"
#include "gui/views/bytecode_view.h"
#include "gui/views/heap_view.h"
#include "gui/views/output_view.h"
#include "gui/views/source_view.h"
#include "gui/views/timeline_bar.h"
#include "gui/views/timeline_markers.h"
#include "gui_test_support.h"
#include "recorder/timeline.h"

namespace rw::gui {
namespace {

using namespace test_support;
using recorder::Direction;

int64_t shownStep(MainWindow& window) {
  return window.controller()->state()->step;
}

// Every view against the timeline's own state at the step shown.
void expectViewsMatch(MainWindow& window, recorder::Timeline& timeline) {
  int64_t step = shownStep(window);
  SCOPED_TRACE("step " + std::to_string(step));
  recorder::StepState state = timeline.state(step);
  ASSERT_FALSE(state.frames.empty());
  const recorder::FrameView& top = state.frames.front();
  EXPECT_EQ(window.sourceView()->currentLine(), state.location.line);
  EXPECT_EQ(window.bytecodeModel()->code()->id, top.codeId);
  EXPECT_EQ(window.bytecodeView()->selectedRow(), std::optional<int>(static_cast<int>(top.offset)));
  EXPECT_EQ(window.framesModel()->rowCount(),
            static_cast<int>(state.frames.size() + state.suspended.size()));
  EXPECT_EQ(window.valueStackModel()->rowCount(), static_cast<int>(top.stack.size()));
  const VariablesModel* variables = window.variablesModel();
  QModelIndex frameGroup = variables->groupIndex(VariablesModel::FrameGroup);
  std::vector<recorder::VariableView> shown = VariablesModel::frameVariables(top, state);
  ASSERT_EQ(variables->rowCount(frameGroup), static_cast<int>(shown.size()));
  for (int row = 0; row < variables->rowCount(frameGroup); ++row) {
    if (shown[static_cast<size_t>(row)].bound) {
      EXPECT_EQ(variables->index(row, VariablesModel::ValueColumn, frameGroup).data().toString(),
                QString::fromStdString(shown[static_cast<size_t>(row)].value.repr));
    }
  }
  EXPECT_EQ(window.outputView()->stdoutText(), state.stdoutText);
  // Tokens: the marked ones lie inside the node's span.
  auto [first, last] = window.tokensModel()->markedRows();
  for (int row = first; row < last; ++row)
    EXPECT_TRUE(window.tokensModel()->index(row, 0).data(TokensModel::MarkedRole).toBool());
  // Symbols: the scope of the running code is marked.
  const recorder::CodeInfo& code = timeline.code(top.codeId);
  EXPECT_EQ(window.symbolsModel()->currentScopeIndex(),
            window.symbolsModel()->indexOfScopeNode(code.astNode));
  // Heap: one box per frame, the innermost marked.
  const HeapGraph& heap = window.heapView()->graph();
  int frames = 0, current = 0;
  for (const HeapBox& box : heap.boxes) {
    frames += box.kind == HeapBox::Kind::Frame;
    current += box.current;
  }
  EXPECT_EQ(frames, static_cast<int>(state.frames.size()));
  EXPECT_EQ(current, 1);
}

// Presses `key` and checks the arrival against `expected` (a timeline command from the
// step shown before).
void pressAndExpect(MainWindow& window, recorder::Timeline& timeline, QKeyCombination key,
                    const std::function<recorder::Arrival(int64_t)>& expected) {
  int64_t from = shownStep(window);
  recorder::Arrival arrival = expected(from);
  ASSERT_TRUE(arrival.step) << "no step from " << from;
  ASSERT_TRUE(navigateAndWait(
      window, [&] { QTest::keyClick(&window, key.key(), key.keyboardModifiers()); }));
  EXPECT_EQ(shownStep(window), *arrival.step) << "from step " << from;
  expectViewsMatch(window, timeline);
}

// Clicks the source margin beside `line`.
void clickGutter(MainWindow& window, int line) {
  SourceView* source = window.sourceView();
  QWidget* gutter = source->findChild<QWidget*>("sourceGutter");
  ASSERT_NE(gutter, nullptr);
  QTextBlock block = source->document()->findBlockByNumber(line - 1);
  QTextCursor cursor(block);
  source->setTextCursor(cursor);
  source->ensureCursorVisible();
  QRect r = source->cursorRect(cursor);
  QPoint inGutter(4, gutter->mapFrom(source, source->viewport()->mapTo(source, r.center())).y());
  QTest::mouseClick(gutter, Qt::LeftButton, Qt::NoModifier, inGutter);
}

TEST(Navigation, KeysStepBothWaysAndReverseContinueReachesABreakpoint) {
  ModelCheck check;
  MainWindow window;
  check.watchAllModelsOf(window);
  window.show();
  window.activateWindow();
  ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
  QAction* example = window.action("example_recursion");
  ASSERT_NE(example, nullptr);
  example->trigger();
  ASSERT_TRUE(waitUntil([&] {
    return window.controller()->trace() && window.controller()->isIdle() &&
           window.controller()->state();
  }));
  auto timeline = recorder::Timeline::open(window.controller()->trace()->tracePath);
  expectViewsMatch(window, *timeline);

  auto forward = [&](auto command) {
    return [&, command](int64_t from) { return ((*timeline).*command)(from, Direction::Forward); };
  };
  auto backward = [&](auto command) {
    return [&, command](int64_t from) { return ((*timeline).*command)(from, Direction::Backward); };
  };
  using T = recorder::Timeline;
  for (int i = 0; i < 6; ++i)
    pressAndExpect(window, *timeline, Qt::Key_F11, forward(&T::stepLine));
  pressAndExpect(window, *timeline, Qt::Key_F10, forward(&T::stepOver));
  pressAndExpect(window, *timeline, Qt::SHIFT | Qt::Key_F11, forward(&T::stepOut));
  pressAndExpect(window, *timeline, Qt::CTRL | Qt::Key_F11, backward(&T::stepLine));
  pressAndExpect(window, *timeline, Qt::CTRL | Qt::Key_F10, backward(&T::stepOver));
  pressAndExpect(window, *timeline, Qt::CTRL | Qt::SHIFT | Qt::Key_F11, backward(&T::stepOut));

  // A breakpoint on `return n` (line 9 of recursion.py), set with a click in the margin.
  clickGutter(window, 9);
  ASSERT_EQ(window.breakpointsModel()->rowCount(), 1);
  EXPECT_EQ(window.sourceView()->breakpointLines(), std::set<int>{9});
  std::vector<recorder::Breakpoint> breakpoints = window.breakpointsModel()->breakpoints();
  QTest::keyClick(&window, Qt::Key_End);
  ASSERT_TRUE(waitUntil(
      [&] { return window.controller()->isIdle() && shownStep(window) == timeline->steps() - 1; }));
  pressAndExpect(window, *timeline, Qt::CTRL | Qt::Key_F5, [&](int64_t from) {
    return timeline->continueTo(from, Direction::Backward, breakpoints);
  });
  EXPECT_EQ(window.sourceView()->currentLine(), 9);
  pressAndExpect(window, *timeline, Qt::CTRL | Qt::Key_F5, [&](int64_t from) {
    return timeline->continueTo(from, Direction::Backward, breakpoints);
  });

  // With a condition: only where n == 1.
  window.breakpointsModel()->setCondition(breakpoints.front().file, 9, "n == 1");
  breakpoints = window.breakpointsModel()->breakpoints();
  ASSERT_EQ(breakpoints.front().condition, "n == 1");
  pressAndExpect(window, *timeline, Qt::Key_F5, [&](int64_t from) {
    return timeline->continueTo(from, Direction::Forward, breakpoints);
  });
  QModelIndex frameGroup = window.variablesModel()->groupIndex(VariablesModel::FrameGroup);
  EXPECT_EQ(
      window.variablesModel()->index(0, VariablesModel::ValueColumn, frameGroup).data().toString(),
      "1");

  // Back returns to where the last jump left from; Forward undoes it.
  int64_t here = shownStep(window);
  QTest::keyClick(&window, Qt::Key_Left, Qt::AltModifier);
  ASSERT_TRUE(
      waitUntil([&] { return window.controller()->isIdle() && shownStep(window) != here; }));
  int64_t back = shownStep(window);
  EXPECT_LT(back, here);
  QTest::keyClick(&window, Qt::Key_Right, Qt::AltModifier);
  ASSERT_TRUE(
      waitUntil([&] { return window.controller()->isIdle() && shownStep(window) == here; }));

  // The timeline bar marks every call the program made, and the breakpoint's hits.
  ASSERT_TRUE(waitUntil([&] { return window.controller()->eventsComplete(); }));
  std::vector<recorder::TimelineEvent> events = timeline->events(0, timeline->steps());
  EXPECT_EQ(window.controller()->events().size(), events.size());
  size_t calls = 0;
  for (const recorder::TimelineEvent& e : events)
    calls += e.kind == recorder::TimelineEvent::Kind::Call;
  EXPECT_GT(calls, 20u);  // fib and factorial recurse
  ASSERT_TRUE(waitUntil([&] { return !window.controller()->breakpointHits().empty(); }));
  for (int64_t hit : window.controller()->breakpointHits())
    EXPECT_EQ(timeline->state(hit).location.line, 9);
}

TEST(Navigation, AProgramThatDiesOfAnExceptionOpensAtTheRaise) {
  MainWindow window;
  ASSERT_TRUE(openAndWait(window, appExamplePath("exception_unwinding.py")));
  const recorder::StepState& state = *window.controller()->state();
  EXPECT_EQ(state.frames.front().function, "check");
  EXPECT_EQ(state.location.line, 15);  // raise ValueError("negative: " + str(value))
  EXPECT_EQ(state.instruction.opname, "RAISE_VARARGS");
  // The traceback line for <module> goes to the last time line 30 ran.
  ASSERT_TRUE(goToStep(window, window.controller()->trace()->steps - 1));
  ASSERT_TRUE(navigateAndWait(window, [&] {
    window.controller()->continueToLine(
        QString::fromStdString(window.controller()->trace()->sources.front().info.path), 30,
        Direction::Backward);
  }));
  EXPECT_EQ(window.sourceView()->currentLine(), 30);
}

TEST(Navigation, JustMyCodeNeverStopsInRewindsOwnModules) {
  MainWindow window;
  ASSERT_TRUE(openAndWait(window, appExamplePath("imports.py")));
  window.action("justMyCode")->setChecked(true);
  for (int i = 0; i < 12; ++i) {
    ASSERT_TRUE(navigateAndWait(window, [&] { window.action("stepInto")->trigger(); }));
    ASSERT_FALSE(TraceInfo::isLibraryFile(window.controller()->state()->frames.front().file))
        << "step " << shownStep(window);
  }
  // Without it, stepping into the import of dataclasses enters the module's own code.
  window.action("justMyCode")->setChecked(false);
  ASSERT_TRUE(goToStep(window, 0));
  bool entered = false;
  for (int i = 0; i < 40 && !entered; ++i) {
    ASSERT_TRUE(navigateAndWait(window, [&] { window.action("stepInto")->trigger(); }));
    entered = TraceInfo::isLibraryFile(window.controller()->state()->frames.front().file);
  }
  EXPECT_TRUE(entered);
  window.action("justMyCode")->setChecked(true);
}

TEST(Navigation, AutoplayAdvancesLineByLineAndStops) {
  MainWindow window;
  ASSERT_TRUE(openAndWait(window, appExamplePath("closures_and_cells.py")));
  window.findChild<QSpinBox*>("autoplaySpeed")->setValue(50);
  window.setAutoplay(true);
  ASSERT_TRUE(waitUntil([&] { return shownStep(window) > 10; }));
  window.setAutoplay(false);
  EXPECT_FALSE(window.isAutoplaying());
}

}  // namespace
}  // namespace rw::gui
