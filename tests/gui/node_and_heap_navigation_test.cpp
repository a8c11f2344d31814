// Navigation aimed at a place or an object: clicking a syntax tree node goes to the next step
// that enters it (Shift+click: the previous one), even when it shares its line with another
// statement; an object box's context menu in the Heap view goes to the object's previous or
// next change and to its creation. Each arrival is checked against the timeline API.
// Renderings go to BUILD/screenshots/ (docs/screenshots holds reviewed copies).
#include <gtest/gtest.h>

#include <QAction>
#include <QContextMenuEvent>
#include <QDir>
#include <QMenu>
#include <QPainter>
#include <QTest>
#include <algorithm>

#include "gui/models/ast_model.h"
#include "gui/models/frames_model.h"
#include "gui/session/timeline_controller.h"
#include "gui/views/ast_view.h"
#include "gui/views/heap_view.h"
#include "gui/views/source_view.h"
#include "gui_test_support.h"
#include "recorder/timeline.h"
#include "syntax/ast.h"

namespace rw::gui {
namespace {

using namespace test_support;
using recorder::Direction;

// Two statements on line 5, run three times.
constexpr const char* kProgram =
    "def square(n):\n"
    "    return n * n\n"
    "total = 0\n"
    "for i in range(3):\n"
    "    total += square(i); total += 1\n"
    "items = [total]\n"
    "items.append(1)\n"
    "items[0] = 0\n"
    "print(items)\n";

int64_t shownStep(MainWindow& window) {
  return window.controller()->state()->step;
}

// A popup is a window of its own: it is drawn over the rendering at `at` (the offscreen
// screen is small, so the popup itself may have been moved to fit).
void saveRendering(QWidget& widget, const QString& name, QWidget* popup = nullptr, QPoint at = {}) {
  QCoreApplication::processEvents();
  QString directory = QString(REWIND_BINARY_DIR) + "/screenshots";
  ASSERT_TRUE(QDir().mkpath(directory));
  QImage image = widget.grab().toImage();
  if (popup) {
    QPainter painter(&image);
    painter.drawPixmap(at, popup->grab());
  }
  ASSERT_TRUE(image.save(directory + "/" + name));
}

class AimedNavigation : public ::testing::Test {
 protected:
  void SetUp() override {
    check_.watchAllModelsOf(window_);
    window_.resize(1440, 900);
    window_.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window_));
    QString path = scratchPath("aimed.py");
    writeFile(path, kProgram);
    ASSERT_TRUE(openAndWait(window_, path));
    timeline_ = recorder::Timeline::open(window_.controller()->trace()->tracePath);
    source_ = window_.sourceView()->sourceDocument();
    ASSERT_NE(source_, nullptr);
  }

  // The node of `kind` on `line`, the `index`-th from the left.
  uint32_t nodeOn(std::string_view kind, int line, size_t index) {
    std::vector<const syntax::Node*> found;
    for (const syntax::Node* n : source_->ast->byId)
      if (n->span.line == line && syntax::nodeKindName(n->kind) == kind) found.push_back(n);
    std::sort(found.begin(), found.end(),
              [](auto* a, auto* b) { return a->span.col < b->span.col; });
    EXPECT_LT(index, found.size());
    return index < found.size() ? found[index]->id : 0;
  }

  // Clicks the node's row in the Syntax tree view.
  void clickNode(uint32_t node, Qt::KeyboardModifiers modifiers) {
    AstView* view = window_.astView();
    QModelIndex index = window_.astModel()->indexForNode(node);
    ASSERT_TRUE(index.isValid());
    view->scrollTo(index);
    QCoreApplication::processEvents();
    QRect row = view->visualRect(index);
    ASSERT_FALSE(row.isEmpty());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, modifiers, row.center());
  }

  uint64_t globalId(const std::string& name) {
    for (const recorder::VariableView& v : window_.controller()->state()->globals)
      if (v.name == name) return v.value.id;
    ADD_FAILURE() << name << " is not a global";
    return 0;
  }

  // The centre of the object's box, in the Heap view's viewport.
  QPoint boxCentre(uint64_t id) {
    HeapView* heap = window_.heapView();
    int box = heap->graph().boxOf(id);
    EXPECT_GE(box, 0);
    if (box < 0) return {};
    QRectF rect = heap->graph().boxes[static_cast<size_t>(box)].rect;
    heap->ensureVisible(static_cast<int>(rect.center().x()), static_cast<int>(rect.center().y()));
    return heap->widget()->mapTo(heap->viewport(), rect.center().toPoint());
  }

  ModelCheck check_;
  MainWindow window_;
  std::unique_ptr<recorder::Timeline> timeline_;
  const SourceDocument* source_ = nullptr;
};

TEST_F(AimedNavigation, ClickingANodeGoesToTheStepsThatEnterIt) {
  window_.raiseDock("astDock");
  uint32_t second = nodeOn("AugAssign", 5, 1);
  std::vector<int64_t> visits;
  for (int i = 0; i < 3; ++i) {
    int64_t from = shownStep(window_);
    recorder::Arrival expected =
        timeline_->executeNode(from, Direction::Forward, source_->info.id, second);
    ASSERT_TRUE(expected.step);
    ASSERT_TRUE(navigateAndWait(window_, [&] { clickNode(second, Qt::NoModifier); }));
    EXPECT_EQ(shownStep(window_), *expected.step);
    EXPECT_EQ(window_.sourceView()->currentLine(), 5);
    // The view marks a node inside the clicked statement, not the line's first statement.
    std::optional<uint32_t> selected = window_.astView()->selectedNode();
    ASSERT_TRUE(selected);
    EXPECT_GE(*selected, second);
    EXPECT_LT(*selected, nodeOn("Assign", 6, 0)) << "the next statement in pre-order";
    visits.push_back(shownStep(window_));
  }
  if (::testing::Test::HasFailure()) return;
  EXPECT_LT(visits[0], visits[1]);
  EXPECT_LT(visits[1], visits[2]);
  saveRendering(window_, "ast-node-navigation.png");
  // A fourth click finds no later visit and stays.
  ASSERT_TRUE(navigateAndWait(window_, [&] { clickNode(second, Qt::NoModifier); }));
  EXPECT_EQ(shownStep(window_), visits[2]);
  EXPECT_TRUE(window_.statusText().contains("does not run after"))
      << window_.statusText().toStdString();
  // Shift+click walks back through the same visits.
  ASSERT_TRUE(navigateAndWait(window_, [&] { clickNode(second, Qt::ShiftModifier); }));
  EXPECT_EQ(shownStep(window_), visits[1]);
  ASSERT_TRUE(navigateAndWait(window_, [&] { clickNode(second, Qt::ShiftModifier); }));
  EXPECT_EQ(shownStep(window_), visits[0]);
}

TEST_F(AimedNavigation, TheHeapMenuGoesToAnObjectsChangesAndCreation) {
  window_.raiseDock("heapDock");
  int64_t last = window_.controller()->trace()->steps - 1;
  ASSERT_TRUE(goToStep(window_, last));
  uint64_t items = globalId("items");
  ASSERT_NE(items, 0u);
  EXPECT_EQ(window_.heapView()->contextMenuAt(QPoint(-50, -50)), nullptr);

  // A real context menu event on the box opens the menu.
  QPoint centre = boxCentre(items);
  QContextMenuEvent event(QContextMenuEvent::Mouse, centre,
                          window_.heapView()->viewport()->mapToGlobal(centre));
  QCoreApplication::sendEvent(window_.heapView()->viewport(), &event);
  ASSERT_TRUE(waitUntil([&] { return window_.heapView()->findChild<QMenu*>("heapObjectMenu"); }));
  QMenu* popup = window_.heapView()->findChild<QMenu*>("heapObjectMenu");
  ASSERT_TRUE(waitUntil([&] { return popup->isVisible(); }));
  saveRendering(window_, "heap-object-menu.png", popup,
                window_.heapView()->viewport()->mapTo(&window_, centre));
  QAction* previous = popup->findChild<QAction*>("previousObjectChange");
  ASSERT_NE(previous, nullptr);

  recorder::Arrival expected = timeline_->objectWrite(last, Direction::Backward, items);
  ASSERT_TRUE(expected.step);
  ASSERT_TRUE(navigateAndWait(window_, [&] {
    previous->trigger();
    popup->close();
  }));
  EXPECT_EQ(shownStep(window_), *expected.step);
  EXPECT_EQ(window_.sourceView()->currentLine(), 8) << "items[0] = 0";

  // From the menu built for the box at the new step.
  auto choose = [&](const char* action) {
    std::unique_ptr<QMenu> menu(window_.heapView()->contextMenuAt(boxCentre(items)));
    ASSERT_NE(menu, nullptr);
    QAction* a = menu->findChild<QAction*>(action);
    ASSERT_NE(a, nullptr);
    ASSERT_TRUE(navigateAndWait(window_, [&] { a->trigger(); }));
  };
  int64_t from = shownStep(window_);
  expected = timeline_->objectWrite(from, Direction::Backward, items);
  ASSERT_TRUE(expected.step);
  choose("previousObjectChange");
  EXPECT_EQ(shownStep(window_), *expected.step);
  EXPECT_EQ(window_.sourceView()->currentLine(), 7) << "items.append(1)";

  expected = timeline_->objectWrite(shownStep(window_), Direction::Forward, items);
  choose("nextObjectChange");
  EXPECT_EQ(shownStep(window_), *expected.step);
  EXPECT_EQ(window_.sourceView()->currentLine(), 8);

  expected = timeline_->objectCreation(items);
  ASSERT_TRUE(expected.step);
  choose("objectCreation");
  EXPECT_EQ(shownStep(window_), *expected.step);
  EXPECT_EQ(window_.sourceView()->currentLine(), 6) << "items = [total]";
}

// The coroutines example: while one worker runs, the other's frame is listed as suspended.
TEST(CoroutinesExample, TheOtherWorkerIsSuspendedWhileOneRuns) {
  ModelCheck check;
  MainWindow window;
  check.watchAllModelsOf(window);
  window.resize(1440, 900);
  window.show();
  ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
  ASSERT_TRUE(openAndWait(window, appExamplePath("coroutines.py")));
  auto timeline = recorder::Timeline::open(window.controller()->trace()->tracePath);
  int64_t step = -1;
  for (int64_t s = 0; s < timeline->steps() && step < 0; ++s) {
    recorder::StepState state = timeline->state(s);
    bool running = state.frames.front().function == "worker";
    bool otherSuspended = false;
    for (const recorder::FrameView& f : state.suspended)
      otherSuspended = otherSuspended || (f.function == "worker" && f.state == "suspended");
    if (running && otherSuspended && state.location.line == 23) step = s;
  }
  ASSERT_GE(step, 0) << "no step where a worker resumes while the other waits";
  ASSERT_TRUE(goToStep(window, step));
  FramesModel* frames = window.framesModel();
  int suspendedWorkers = 0;
  for (int row = 0; row < frames->rowCount(); ++row)
    if (frames->isSuspended(row) && frames->frame(row)->function == "worker") {
      ++suspendedWorkers;
      EXPECT_EQ(frames->index(row, FramesModel::StateColumn).data().toString(),
                QString("suspended"));
    }
  EXPECT_EQ(suspendedWorkers, 1);
  EXPECT_EQ(frames->frame(0)->function, "worker");
  window.raiseDock("heapDock");
  saveRendering(window, "coroutines-suspended.png");
}

}  // namespace
}  // namespace rw::gui
