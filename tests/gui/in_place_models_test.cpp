// The frames, value stack and variables models update in place from one step to the next
// (instead of resetting). At every step of a program whose frames, stacks, containers and
// objects keep changing shape, each must show exactly what a model built afresh for that
// step shows, with its opened values followed, and satisfy QAbstractItemModelTester.
#include <gtest/gtest.h>

#include <QBrush>
#include <QStringList>
#include <algorithm>
#include <vector>

#include "gui/models/frames_model.h"
#include "gui/models/value_stack_model.h"
#include "gui/models/variables_model.h"
#include "gui/session/timeline_controller.h"
#include "gui/views/variables_view.h"
#include "gui_test_support.h"

namespace rw::gui {
namespace {

using namespace test_support;

constexpr int kDepth = 4;  // rows opened below the top level (variables: group, value, field...)

// Every row down to kDepth levels: each cell's text, colours and first custom role.
void dump(const QAbstractItemModel& model, const QModelIndex& parent, int depth,
          QStringList& lines) {
  for (int row = 0; row < model.rowCount(parent); ++row) {
    QStringList cells;
    for (int column = 0; column < model.columnCount(parent); ++column) {
      QModelIndex cell = model.index(row, column, parent);
      cells << cell.data().toString()
            << cell.data(Qt::BackgroundRole).value<QBrush>().color().name()
            << cell.data(Qt::ForegroundRole).value<QBrush>().color().name()
            << cell.data(Qt::UserRole + 1).toString();
    }
    QModelIndex first = model.index(row, 0, parent);
    lines << QString(depth * 2, ' ') + cells.join(" | ") + (model.hasChildren(first) ? " +" : "");
    if (depth < kDepth) dump(model, first, depth + 1, lines);
  }
}

QStringList dump(const QAbstractItemModel& model) {
  QStringList lines;
  dump(model, {}, 0, lines);
  return lines;
}

// The first cell of every row dumped, in the same order as dump().
void rows(const QAbstractItemModel& model, const QModelIndex& parent, int depth,
          std::vector<QModelIndex>& out) {
  for (int row = 0; row < model.rowCount(parent); ++row) {
    QModelIndex first = model.index(row, 0, parent);
    out.push_back(first);
    if (depth < kDepth) rows(model, first, depth + 1, out);
  }
}

// A view repaints only the rows the model announces: between two steps that keep every row,
// each row whose text changed must have been announced by dataChanged.
class AnnouncedChanges {
 public:
  explicit AnnouncedChanges(QAbstractItemModel* model) : model_(model) {
    QObject::connect(model, &QAbstractItemModel::dataChanged,
                     [this](const QModelIndex& from, const QModelIndex& to) {
                       for (int row = from.row(); row <= to.row(); ++row)
                         announced_.push_back(model_->index(row, 0, from.parent()));
                     });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
      QObject::connect(model, signal, [this] { moved_ = true; });
    QObject::connect(model, &QAbstractItemModel::modelReset, [this] { moved_ = true; });
  }

  void before() {
    lines_ = dump(*model_);
    announced_.clear();
    moved_ = false;
  }

  // The rows that changed unannounced.
  QStringList unannounced() const {
    QStringList missing;
    QStringList now = dump(*model_);
    if (moved_ || now.size() != lines_.size()) return missing;
    std::vector<QModelIndex> all;
    rows(*model_, {}, 0, all);
    for (qsizetype i = 0; i < now.size(); ++i)
      if (now[i] != lines_[i] && std::find(announced_.begin(), announced_.end(),
                                           all[static_cast<size_t>(i)]) == announced_.end())
        missing << lines_[i] + "  ->  " + now[i];
    return missing;
  }

 private:
  QAbstractItemModel* model_;
  QStringList lines_;
  std::vector<QModelIndex> announced_;
  bool moved_ = false;
};

constexpr const char* kProgram = R"py(class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def walk(n, acc):
    if n == 0:
        return acc
    acc.append(Point(n, n * n))
    return walk(n - 1, acc)


def doubled(items):
    for i in items:
        yield i * 2


data = {"a": [1, 2], "b": (3, 4)}
points = walk(3, [])
g = doubled([1, 2, 3])
total = 0
for v in g:
    total += v
    data["a"].append(v)
    data[str(v)] = Point(v, -v)
    points[0].x = [v, data["a"]]
big = list(range(25))
big.append(99)
big[1] = "one"
del data["b"]
points.pop()
print(total, len(points))
)py";

TEST(InPlaceModels, EveryStepShowsWhatAFreshModelShows) {
  QString program = scratchPath("in_place.py");
  writeFile(program, kProgram);
  ModelCheck check;
  MainWindow window;
  check.watchAllModelsOf(window);
  window.show();
  ASSERT_TRUE(openAndWait(window, program));
  TimelineController* controller = window.controller();
  int64_t steps = controller->trace()->steps;
  ASSERT_GT(steps, 100);
  AnnouncedChanges frameChanges(window.framesModel()), stackChanges(window.valueStackModel()),
      variableChanges(window.variablesModel());
  for (int64_t step = 0; step < steps; ++step) {
    SCOPED_TRACE("step " + std::to_string(step));
    for (AnnouncedChanges* changes : {&frameChanges, &stackChanges, &variableChanges})
      changes->before();
    ASSERT_TRUE(goToStep(window, step));
    for (AnnouncedChanges* changes : {&frameChanges, &stackChanges, &variableChanges})
      ASSERT_EQ(changes->unannounced().join("\n").toStdString(), "");
    StepStatePtr state = controller->state();
    StepStatePtr previous = controller->previousState();

    FramesModel frames;
    frames.setState(state);
    ASSERT_EQ(dump(*window.framesModel()), dump(frames));

    ValueStackModel stack;
    stack.setStack(state->frames.front().stack, state->instruction.pops);
    ASSERT_EQ(dump(*window.valueStackModel()), dump(stack));

    VariablesModel variables;
    variables.setFrame(state, previous, 0);
    ASSERT_EQ(dump(*window.variablesModel()), dump(variables));
  }
  // Stepping backwards takes the other way through every change.
  for (int64_t step = steps - 2; step >= 0; step -= 3) {
    SCOPED_TRACE("back to step " + std::to_string(step));
    ASSERT_TRUE(goToStep(window, step));
    VariablesModel variables;
    variables.setFrame(controller->state(), controller->previousState(), 0);
    ASSERT_EQ(dump(*window.variablesModel()), dump(variables));
    FramesModel frames;
    frames.setState(controller->state());
    ASSERT_EQ(dump(*window.framesModel()), dump(frames));
  }
  EXPECT_TRUE(check.complaints().isEmpty()) << check.complaints().join("\n").toStdString();
}

TEST(InPlaceModels, OpenedValuesStayOpenWhileStepping) {
  QString program = scratchPath("stays_open.py");
  writeFile(program, "items = [1, 2]\nitems.append(3)\nitems.append(4)\nn = len(items)\n");
  ModelCheck check;
  MainWindow window;
  check.watchAllModelsOf(window);
  window.show();
  ASSERT_TRUE(openAndWait(window, program));
  int64_t steps = window.controller()->trace()->steps;
  VariablesModel* model = window.variablesModel();
  auto itemsIndex = [&] {
    QModelIndex globals = model->groupIndex(VariablesModel::GlobalsGroup);
    for (int row = 0; row < model->rowCount(globals); ++row)
      if (model->index(row, 0, globals).data().toString() == "items")
        return model->index(row, 0, globals);
    return QModelIndex();
  };
  int64_t step = 0;
  while (step < steps && !itemsIndex().isValid())
    ASSERT_TRUE(goToStep(window, ++step));
  ASSERT_TRUE(itemsIndex().isValid());
  window.variablesView()->expand(itemsIndex());
  ASSERT_TRUE(goToStep(window, steps - 1));
  QModelIndex items = itemsIndex();
  ASSERT_TRUE(items.isValid());
  EXPECT_TRUE(window.variablesView()->isExpanded(items));
  ASSERT_EQ(model->rowCount(items), 4);
  EXPECT_EQ(model->index(3, VariablesModel::ValueColumn, items).data().toString(), "4");
  EXPECT_TRUE(check.complaints().isEmpty()) << check.complaints().join("\n").toStdString();
}

}  // namespace
}  // namespace rw::gui
