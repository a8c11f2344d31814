// The docks added for the front-end stages and the heap, and the models behind them, checked
// against the timeline API on the Examples programs; every model runs under
// QAbstractItemModelTester.
#include <gtest/gtest.h>

#include <QTest>
#include <QTextBlock>
#include <QTreeView>

#include "gui/models/breakpoints_model.h"
#include "gui/models/frames_model.h"
#include "gui/models/heap_graph.h"
#include "gui/models/symbols_model.h"
#include "gui/models/tokens_model.h"
#include "gui/models/variables_model.h"
#include "gui/session/navigation_history.h"
#include "gui/session/timeline_controller.h"
#include "gui/views/frames_view.h"
#include "gui/views/heap_view.h"
#include "gui/views/output_view.h"
#include "gui/views/source_view.h"
#include "gui/views/variables_view.h"
#include "gui_test_support.h"
#include "recorder/timeline.h"

namespace rw::gui {
namespace {

using namespace test_support;

// The first step at which `holds` is true of the state.
int64_t firstStepWhere(recorder::Timeline& timeline,
                       const std::function<bool(const recorder::StepState&)>& holds) {
  for (int64_t step = 0; step < timeline.steps(); ++step)
    if (holds(timeline.state(step))) return step;
  ADD_FAILURE() << "no such step";
  return 0;
}

QModelIndex childNamed(const QAbstractItemModel* model, const QModelIndex& parent,
                       const QString& name) {
  for (int row = 0; row < model->rowCount(parent); ++row)
    if (model->index(row, 0, parent).data().toString() == name) return model->index(row, 0, parent);
  return {};
}

TEST(HeapView, ClosureCellIsOneBoxSharedByTheFrameAndTheFunction) {
  ModelCheck check;
  MainWindow window;
  check.watchAllModelsOf(window);
  ASSERT_TRUE(openAndWait(window, appExamplePath("closures_and_cells.py")));
  auto timeline = recorder::Timeline::open(window.controller()->trace()->tracePath);
  // Inside increment, about to read the cell.
  int64_t step = firstStepWhere(*timeline, [](const recorder::StepState& s) {
    return s.frames.front().function == "make_counter.<locals>.increment" &&
           s.instruction.opname == "LOAD_DEREF";
  });
  ASSERT_TRUE(goToStep(window, step));
  const HeapGraph& heap = window.heapView()->graph();
  int increment = -1, module = -1;
  for (size_t i = 0; i < heap.boxes.size(); ++i) {
    if (heap.boxes[i].title == "make_counter.<locals>.increment") increment = static_cast<int>(i);
    if (heap.boxes[i].title == "<module>") module = static_cast<int>(i);
  }
  ASSERT_GE(increment, 0);
  ASSERT_GE(module, 0);
  EXPECT_TRUE(heap.boxes[static_cast<size_t>(increment)].current);
  // increment's `count` points at a cell box...
  int cell = -1;
  for (const HeapRow& row : heap.boxes[static_cast<size_t>(increment)].rows)
    if (row.label == "count") cell = row.target;
  ASSERT_GE(cell, 0);
  EXPECT_EQ(heap.boxes[static_cast<size_t>(cell)].title, "cell");
  // ...and so does counter.__closure__[0], reached from the module's `counter`.
  int function = -1;
  for (const HeapRow& row : heap.boxes[static_cast<size_t>(module)].rows)
    if (row.label == "counter") function = row.target;
  ASSERT_GE(function, 0);
  int closure = -1;
  for (const HeapRow& row : heap.boxes[static_cast<size_t>(function)].rows)
    if (row.label == "__closure__") closure = row.target;
  ASSERT_GE(closure, 0);
  EXPECT_EQ(heap.boxes[static_cast<size_t>(closure)].rows.front().target, cell);
  // The cell shows the value the timeline reports for `count`.
  recorder::StepState state = timeline->state(step);
  for (const recorder::VariableView& v : state.frames.front().variables) {
    if (v.name == "count") {
      EXPECT_EQ(heap.boxes[static_cast<size_t>(cell)].rows.front().value,
                QString::fromStdString(v.value.repr));
    }
  }
}

TEST(FramesView, SuspendedGeneratorFrameIsListedAndDrawnHeldByItsGenerator) {
  ModelCheck check;
  MainWindow window;
  check.watchAllModelsOf(window);
  ASSERT_TRUE(openAndWait(window, appExamplePath("generator_suspension.py")));
  auto timeline = recorder::Timeline::open(window.controller()->trace()->tracePath);
  int64_t step = firstStepWhere(*timeline, [](const recorder::StepState& s) {
    return s.frames.size() == 1 && !s.suspended.empty() && s.location.line == 18;
  });
  ASSERT_TRUE(goToStep(window, step));
  recorder::StepState state = timeline->state(step);
  const FramesModel* frames = window.framesModel();
  ASSERT_EQ(frames->rowCount(), 2);
  EXPECT_TRUE(frames->isSuspended(1));
  EXPECT_EQ(frames->index(1, FramesModel::FunctionColumn).data().toString(), "countdown");
  EXPECT_EQ(frames->index(1, FramesModel::StateColumn).data().toString(), "suspended");
  EXPECT_EQ(frames->index(1, FramesModel::LineColumn).data().toInt(), state.suspended.front().line);
  const HeapGraph& heap = window.heapView()->graph();
  int suspended = -1, generator = -1;
  for (size_t i = 0; i < heap.boxes.size(); ++i) {
    if (heap.boxes[i].kind == HeapBox::Kind::SuspendedFrame) suspended = static_cast<int>(i);
    if (heap.boxes[i].title == "generator") generator = static_cast<int>(i);
  }
  ASSERT_GE(suspended, 0);
  ASSERT_GE(generator, 0);
  EXPECT_EQ(heap.boxes[static_cast<size_t>(generator)].rows.front().label, "gi_frame");
  EXPECT_EQ(heap.boxes[static_cast<size_t>(generator)].rows.front().target, suspended);
  // Choosing the suspended frame shows its variables.
  window.framesView()->selectFrame(1);
  QModelIndex group = window.variablesModel()->groupIndex(VariablesModel::FrameGroup);
  EXPECT_EQ(window.variablesModel()->rowCount(group),
            static_cast<int>(state.suspended.front().variables.size()));
}

TEST(VariablesModel, MarksWhatTheLastStepChangedAndPagesBigContainers) {
  QString program = scratchPath("big_list.py");
  writeFile(program, "items = list(range(50))\nitems[3] = 'three'\nn = len(items)\n");
  ModelCheck check;
  MainWindow window;
  check.watchAllModelsOf(window);
  ASSERT_TRUE(openAndWait(window, program));
  auto timeline = recorder::Timeline::open(window.controller()->trace()->tracePath);
  // The step after STORE_NAME n: only `n` changed.
  int64_t stored = firstStepWhere(*timeline, [](const recorder::StepState& s) {
    for (const recorder::VariableView& v : s.globals)
      if (v.name == "n") return true;
    return false;
  });
  ASSERT_TRUE(goToStep(window, stored));
  VariablesModel* model = window.variablesModel();
  QModelIndex globals = model->groupIndex(VariablesModel::GlobalsGroup);
  QModelIndex items = childNamed(model, globals, "items");
  QModelIndex n = childNamed(model, globals, "n");
  ASSERT_TRUE(items.isValid());
  ASSERT_TRUE(n.isValid());
  EXPECT_TRUE(n.data(VariablesModel::ChangedRole).toBool());
  EXPECT_FALSE(items.data(VariablesModel::ChangedRole).toBool());
  // 50 items: a page of 20, then "show more".
  ASSERT_TRUE(model->hasChildren(items));
  ASSERT_EQ(model->rowCount(items), VariablesModel::kPageSize + 1);
  EXPECT_EQ(model->index(3, VariablesModel::ValueColumn, items).data().toString(), "'three'");
  QModelIndex more = model->index(VariablesModel::kPageSize, 0, items);
  EXPECT_TRUE(more.data(VariablesModel::ShowMoreRole).toBool());
  EXPECT_TRUE(more.data().toString().contains("30 more"));
  model->showMore(more);
  ASSERT_EQ(model->rowCount(items), 2 * VariablesModel::kPageSize + 1);
  model->showMore(model->index(2 * VariablesModel::kPageSize, 0, items));
  ASSERT_EQ(model->rowCount(items), 50);
  EXPECT_EQ(model->index(49, VariablesModel::ValueColumn, items).data().toString(), "49");
  EXPECT_EQ(window.variablesView()->expressionAt(model->index(3, 0, items)), "items[3]");
  // Going to the previous change of items[3] lands where it was assigned.
  ASSERT_TRUE(navigateAndWait(window, [&] {
    window.controller()->navigateToWrite("items[3]", recorder::Direction::Backward);
  }));
  EXPECT_EQ(window.controller()->state()->location.line, 2);
}

TEST(TokensAndSymbols, MarkTheCurrentNodesTokensAndClassifyEveryName) {
  ModelCheck check;
  MainWindow window;
  check.watchAllModelsOf(window);
  ASSERT_TRUE(openAndWait(window, appExamplePath("closures_and_cells.py")));
  auto timeline = recorder::Timeline::open(window.controller()->trace()->tracePath);
  int64_t step = firstStepWhere(*timeline, [](const recorder::StepState& s) {
    return s.instruction.opname == "BINARY_OP" && s.location.line == 11;
  });
  ASSERT_TRUE(goToStep(window, step));
  // `count += step`: the marked tokens spell the node.
  TokensModel* tokens = window.tokensModel();
  auto [first, last] = tokens->markedRows();
  ASSERT_LT(first, last);
  QString spelled;
  for (int row = first; row < last; ++row)
    spelled += tokens->index(row, TokensModel::TextColumn).data().toString();
  EXPECT_EQ(spelled, "count+=step");
  // INDENT and DEDENT are listed.
  bool indent = false, dedent = false;
  for (int row = 0; row < tokens->rowCount(); ++row) {
    QString type = tokens->index(row, TokensModel::TypeColumn).data().toString();
    indent |= type == "INDENT";
    dedent |= type == "DEDENT";
  }
  EXPECT_TRUE(indent);
  EXPECT_TRUE(dedent);

  SymbolsModel* symbols = window.symbolsModel();
  QModelIndex module = symbols->index(0, 0);
  QModelIndex makeCounter = childNamed(symbols, module, "function make_counter");
  ASSERT_TRUE(makeCounter.isValid());
  QModelIndex increment = childNamed(symbols, makeCounter, "function increment");
  ASSERT_TRUE(increment.isValid());
  auto kind = [&](const QModelIndex& scope, const QString& name) {
    return childNamed(symbols, scope, name).siblingAtColumn(SymbolsModel::KindColumn).data();
  };
  EXPECT_EQ(kind(module, "counter"), "global");
  EXPECT_EQ(kind(module, "print"), "builtin");
  EXPECT_EQ(kind(makeCounter, "count"), "cell");
  EXPECT_EQ(kind(makeCounter, "start"), "local");
  EXPECT_EQ(kind(increment, "count"), "nonlocal");
  EXPECT_EQ(kind(increment, "step"), "local");
  EXPECT_TRUE(symbols->currentScopeIndex() == increment);
}

TEST(OutputView, TracebackLinesAreLinks) {
  EXPECT_EQ(OutputView::tracebackLocation(R"(  File "/tmp/x.py", line 12, in f)"),
            (std::pair<QString, int>{"/tmp/x.py", 12}));
  EXPECT_FALSE(OutputView::tracebackLocation("ValueError: File \"x\""));
  OutputView view;
  view.resize(600, 300);
  QString file;
  int line = 0;
  QObject::connect(&view, &OutputView::tracebackLineClicked, [&](const QString& f, int l) {
    file = f;
    line = l;
  });
  view.setOutput("out\n",
                 "Traceback (most recent call last):\n  File \"p.py\", line 4, in <module>\n");
  view.show();
  QTextBlock block = view.document()->findBlockByNumber(2);
  QRect r = view.cursorRect(QTextCursor(block));
  QTest::mouseClick(view.viewport(), Qt::LeftButton, Qt::NoModifier, r.center() + QPoint(20, 0));
  EXPECT_EQ(file, "p.py");
  EXPECT_EQ(line, 4);
}

TEST(NavigationHistory, BackAndForwardLikeABrowser) {
  NavigationHistory history;
  EXPECT_FALSE(history.back(5));
  history.jumped(0, 10);
  history.jumped(10, 40);
  history.jumped(40, 40);
  EXPECT_EQ(history.back(40), 10);
  EXPECT_EQ(history.back(10), 0);
  EXPECT_FALSE(history.canGoBack());
  EXPECT_EQ(history.forward(0), 10);
  history.jumped(10, 99);
  EXPECT_FALSE(history.canGoForward());
  EXPECT_EQ(history.back(99), 10);
}

TEST(BreakpointsModel, TogglesAndEditsConditions) {
  ModelCheck check;
  BreakpointsModel model;
  check.watch(&model);
  int changes = 0;
  QObject::connect(&model, &BreakpointsModel::breakpointsChanged, [&] { ++changes; });
  model.toggle("a.py", 3);
  model.toggle("a.py", 7);
  EXPECT_EQ(model.linesIn("a.py"), (std::set<int>{3, 7}));
  EXPECT_TRUE(model.setData(model.index(1, BreakpointsModel::ConditionColumn), " x > 2 "));
  EXPECT_EQ(model.breakpoints()[1].condition, "x > 2");
  model.toggle("a.py", 3);
  ASSERT_EQ(model.rowCount(), 1);
  EXPECT_EQ(model.breakpoints()[0].line, 7);
  EXPECT_EQ(changes, 4);
  EXPECT_FALSE(model.flags(model.index(0, BreakpointsModel::LineColumn)) & Qt::ItemIsEditable);
}

}  // namespace
}  // namespace rw::gui
