// Opens recorded programs in the main window (offscreen) and checks, at several steps, that
// every view shows what the timeline API says about that step.
#include <gtest/gtest.h>

#include <tuple>

#include <QTableView>
#include <QTextDocument>

#include "gui/models/ast_model.h"
#include "gui/models/bytecode_model.h"
#include "gui/models/code_fields_model.h"
#include "gui/models/exception_table_model.h"
#include "gui/models/frames_model.h"
#include "gui/models/value_stack_model.h"
#include "gui/models/variables_model.h"
#include "gui/session/program_recording.h"
#include "gui/session/timeline_controller.h"
#include "gui/views/ast_view.h"
#include "gui/views/bytecode_view.h"
#include "gui/views/frames_view.h"
#include "gui/views/output_view.h"
#include "gui/views/source_view.h"
#include "gui/views/value_stack_view.h"
#include "gui_test_support.h"
#include "recorder/timeline.h"

namespace rw::gui {
namespace {

using namespace test_support;

// Text position of (line, byte column), computed independently of SourcePositions: the
// UTF-16 length of every earlier line plus its "\n", plus the decoded column prefix.
int expectedPosition(const std::string& source, int line, int byteColumn) {
  size_t start = 0;
  int position = 0;
  for (int l = 1; l < line; ++l) {
    size_t end = source.find('\n', start);
    position += static_cast<int>(QString::fromUtf8(source.substr(start, end - start)).size()) + 1;
    start = end + 1;
  }
  return position +
         static_cast<int>(
             QString::fromUtf8(source.substr(start, static_cast<size_t>(byteColumn))).size());
}

QString cell(const QAbstractItemModel* model, int row, int column, const QModelIndex& parent = {}) {
  return model->data(model->index(row, column, parent)).toString();
}

void expectViewsShow(MainWindow& window, recorder::Timeline& timeline, int64_t step) {
  SCOPED_TRACE("step " + std::to_string(step));
  ASSERT_TRUE(goToStep(window, step));
  recorder::StepState state = timeline.state(step);
  ASSERT_FALSE(state.frames.empty());
  const recorder::FrameView& frame = state.frames.front();

  // Source: the current line and the node's exact span.
  const SourceView* source = window.sourceView();
  ASSERT_NE(source->sourceDocument(), nullptr);
  const std::string& text = source->sourceDocument()->info.text;
  const recorder::SourceSpan& at = state.location;
  EXPECT_EQ(source->currentLine(), at.line);
  if (at.line > 0) {
    std::pair<int, int> expected{expectedPosition(text, at.line, at.col),
                                 expectedPosition(text, at.endLine, at.endCol)};
    // An empty span (an instruction without a node of its own) marks only the line.
    std::pair<int, int> marked = expected.first < expected.second ? expected : std::pair{-1, -1};
    EXPECT_EQ(source->nodeRange(), marked);
    if (at.line == at.endLine) {
      size_t lineStart = 0;
      for (int l = 1; l < at.line; ++l)
        lineStart = text.find('\n', lineStart) + 1;
      QString spanned = QString::fromUtf8(text.substr(lineStart + static_cast<size_t>(at.col),
                                                      static_cast<size_t>(at.endCol - at.col)));
      EXPECT_EQ(
          source->document()->toPlainText().mid(expected.first, expected.second - expected.first),
          spanned);
    }
    // The syntax tree: the node the instruction comes from is selected.
    EXPECT_EQ(window.astView()->selectedNode(), std::optional<uint32_t>(at.astNode));
  }

  // Bytecode: the current code object, its current instruction selected.
  ASSERT_NE(window.bytecodeModel()->code(), nullptr);
  EXPECT_EQ(window.bytecodeModel()->code()->id, frame.codeId);
  EXPECT_EQ(window.bytecodeView()->selectedRow(),
            std::optional<int>(static_cast<int>(state.instruction.offset)));
  EXPECT_EQ(cell(window.bytecodeModel(), static_cast<int>(state.instruction.offset),
                 BytecodeModel::OpnameColumn),
            QString::fromStdString(state.instruction.opname));
  EXPECT_EQ(window.exceptionTableModel()->rowCount(),
            static_cast<int>(window.bytecodeModel()->code()->exceptionTable.size()));

  // Value stack: bottom first, the values the instruction pops marked.
  const ValueStackModel* stack = window.valueStackModel();
  ASSERT_EQ(stack->rowCount(), static_cast<int>(frame.stack.size()));
  int popped = 0;
  for (int row = 0; row < stack->rowCount(); ++row) {
    EXPECT_EQ(cell(stack, row, ValueStackModel::ValueColumn),
              QString::fromStdString(frame.stack[static_cast<size_t>(row)].repr));
    popped += stack->data(stack->index(row, 0), ValueStackModel::PoppedRole).toBool();
  }
  EXPECT_EQ(popped, std::min<int>(state.instruction.pops, stack->rowCount()));
  EXPECT_TRUE(window.valueStackView()->effectText().contains(
      QString::fromStdString(state.instruction.opname)));

  // Frames, innermost first.
  const FramesModel* frames = window.framesModel();
  ASSERT_EQ(frames->rowCount(), static_cast<int>(state.frames.size() + state.suspended.size()));
  for (int row = 0; row < frames->rowCount(); ++row) {
    const recorder::FrameView& f = state.frames[static_cast<size_t>(row)];
    EXPECT_EQ(cell(frames, row, FramesModel::FunctionColumn), QString::fromStdString(f.function));
    EXPECT_EQ(cell(frames, row, FramesModel::LineColumn), QString::number(f.line));
  }

  // Variables of the innermost frame, then the globals.
  const VariablesModel* variables = window.variablesModel();
  auto expectGroup = [&](VariablesModel::Group group,
                         const std::vector<recorder::VariableView>& expected) {
    QModelIndex parent = variables->groupIndex(group);
    ASSERT_EQ(variables->rowCount(parent), static_cast<int>(expected.size()));
    for (int row = 0; row < variables->rowCount(parent); ++row) {
      const recorder::VariableView& v = expected[static_cast<size_t>(row)];
      EXPECT_EQ(cell(variables, row, VariablesModel::NameColumn, parent),
                QString::fromStdString(v.name));
      EXPECT_EQ(cell(variables, row, VariablesModel::KindColumn, parent),
                QString::fromStdString(v.kind));
      if (v.bound) {
        EXPECT_EQ(cell(variables, row, VariablesModel::ValueColumn, parent),
                  QString::fromStdString(v.value.repr));
      }
    }
  };
  // A module body's variables are its globals: the frame group leaves them to the globals.
  bool moduleBody = VariablesModel::isModuleBody(frame, state);
  EXPECT_EQ(moduleBody, frame.function == "<module>");
  expectGroup(VariablesModel::FrameGroup, VariablesModel::frameVariables(frame, state));
  QModelIndex frameCount = variables->groupIndex(VariablesModel::FrameGroup)
                               .siblingAtColumn(VariablesModel::ValueColumn);
  EXPECT_EQ(frameCount.data().toString().contains("the globals"), moduleBody);
  expectGroup(VariablesModel::GlobalsGroup, state.globals);

  EXPECT_EQ(window.outputView()->stdoutText(), state.stdoutText);
  EXPECT_TRUE(window.statusText().startsWith(QString("step %1 of %2").arg(step).arg(state.steps)))
      << window.statusText().toStdString();
}

// The first step whose innermost frame runs `function`.
int64_t firstStepIn(recorder::Timeline& timeline, const std::string& function) {
  for (int64_t step = 0; step < timeline.steps(); ++step)
    if (timeline.state(step).frames.front().function == function) return step;
  ADD_FAILURE() << "no step runs " << function;
  return 0;
}

void checkProgram(const std::string& program, const std::string& calledFunction) {
  ModelCheck check;
  MainWindow window;
  check.watchAllModelsOf(window);
  window.show();
  ASSERT_TRUE(openAndWait(window, QString::fromStdString(program)));
  auto timeline = recorder::Timeline::open(window.controller()->trace()->tracePath);
  int64_t last = timeline->steps() - 1;
  ASSERT_GT(last, 4);
  for (int64_t step : {int64_t{0}, last / 2, last, firstStepIn(*timeline, calledFunction),
                       firstStepIn(*timeline, calledFunction) + 2, int64_t{1}})
    expectViewsShow(window, *timeline, step);
}

TEST(MainWindowViews, EndToEndExampleAtSeveralSteps) {
  checkProgram(examplePath("6_25_end_to_end.py"), "add");
}

TEST(MainWindowViews, ClosureExampleShowsFreeVariables) {
  checkProgram(examplePath("6_21_closures.py"), "outer.<locals>.inner");
  ModelCheck check;
  MainWindow window;
  check.watchAllModelsOf(window);
  ASSERT_TRUE(openAndWait(window, QString::fromStdString(examplePath("6_21_closures.py"))));
  auto timeline = recorder::Timeline::open(window.controller()->trace()->tracePath);
  ASSERT_TRUE(goToStep(window, firstStepIn(*timeline, "outer.<locals>.inner") + 1));
  const VariablesModel* variables = window.variablesModel();
  QModelIndex frame = variables->groupIndex(VariablesModel::FrameGroup);
  ASSERT_EQ(variables->rowCount(frame), 1);
  EXPECT_EQ(cell(variables, 0, VariablesModel::NameColumn, frame), "x");
  EXPECT_EQ(cell(variables, 0, VariablesModel::KindColumn, frame), "free");
  EXPECT_EQ(cell(variables, 0, VariablesModel::ValueColumn, frame), "10");
}

// The Code object fields of the current frame's code: consts, names, varnames, cells and
// frees item by item as the timeline has them, then counts and flags.
TEST(MainWindowViews, CodeFieldsShowTheCurrentCodeObject) {
  ModelCheck check;
  MainWindow window;
  check.watchAllModelsOf(window);
  ASSERT_TRUE(openAndWait(window, QString::fromStdString(examplePath("6_21_closures.py"))));
  auto timeline = recorder::Timeline::open(window.controller()->trace()->tracePath);
  for (const char* function : {"outer", "outer.<locals>.inner", "<module>"}) {
    SCOPED_TRACE(function);
    int64_t step = firstStepIn(*timeline, function) + 1;
    ASSERT_TRUE(goToStep(window, step));
    const recorder::CodeInfo& code = timeline->code(timeline->state(step).frames.front().codeId);
    const CodeFieldsModel* fields = window.codeFieldsModel();
    ASSERT_EQ(fields->code()->id, code.id);
    using F = CodeFieldsModel;
    for (auto [field, items, name] : {std::tuple{F::Consts, &code.consts, "co_consts"},
                                      std::tuple{F::Names, &code.names, "co_names"},
                                      std::tuple{F::Varnames, &code.varnames, "co_varnames"},
                                      std::tuple{F::Cellvars, &code.cellvars, "co_cellvars"},
                                      std::tuple{F::Freevars, &code.freevars, "co_freevars"}}) {
      QModelIndex parent = fields->fieldIndex(field);
      EXPECT_EQ(parent.data().toString(), name);
      ASSERT_EQ(fields->rowCount(parent), static_cast<int>(items->size()));
      for (int row = 0; row < fields->rowCount(parent); ++row) {
        EXPECT_EQ(cell(fields, row, F::FieldColumn, parent), QString::number(row));
        EXPECT_EQ(cell(fields, row, F::ValueColumn, parent),
                  QString::fromStdString((*items)[static_cast<size_t>(row)]));
      }
    }
    QString flags;
    for (int row = F::ListFieldCount; row < fields->rowCount(); ++row)
      if (cell(fields, row, F::FieldColumn) == "co_flags")
        flags = cell(fields, row, F::ValueColumn);
    EXPECT_TRUE(flags.startsWith(QString("0x%1").arg(code.flags, 0, 16))) << flags.toStdString();
  }
  // outer keeps x in a cell that inner reads as a free variable.
  int64_t inInner = firstStepIn(*timeline, "outer.<locals>.inner") + 1;
  ASSERT_TRUE(goToStep(window, inInner));
  QModelIndex frees = window.codeFieldsModel()->fieldIndex(CodeFieldsModel::Freevars);
  ASSERT_EQ(window.codeFieldsModel()->rowCount(frees), 1);
  EXPECT_EQ(cell(window.codeFieldsModel(), 0, CodeFieldsModel::ValueColumn, frees), "x");
  EXPECT_TRUE(check.complaints().isEmpty()) << check.complaints().join("\n").toStdString();
}

TEST(MainWindowViews, NonAsciiSourceHighlightsTheExactNode) {
  QString program = scratchPath("accents.py");
  writeFile(program,
            "caf\xC3\xA9 = \"\xC3\xBCn\xC3\xAF\"  # \xF0\x9F\x98\x80\n"
            "x = [caf\xC3\xA9, \"\xF0\x9F\x98\x80\" + caf\xC3\xA9]\n"
            "print(len(x[1]), x)\n");
  ModelCheck check;
  MainWindow window;
  check.watchAllModelsOf(window);
  ASSERT_TRUE(openAndWait(window, program));
  auto timeline = recorder::Timeline::open(window.controller()->trace()->tracePath);
  for (int64_t step = 0; step < timeline->steps(); ++step)
    expectViewsShow(window, *timeline, step);
}

TEST(MainWindowViews, SelectingACallerFrameShowsItsVariablesAndInstruction) {
  ModelCheck check;
  MainWindow window;
  check.watchAllModelsOf(window);
  ASSERT_TRUE(openAndWait(window, QString::fromStdString(examplePath("6_25_end_to_end.py"))));
  auto timeline = recorder::Timeline::open(window.controller()->trace()->tracePath);
  int64_t step = firstStepIn(*timeline, "add") + 1;
  ASSERT_TRUE(goToStep(window, step));
  recorder::StepState state = timeline->state(step);
  ASSERT_GE(state.frames.size(), 2u);
  const recorder::FrameView& caller = state.frames[1];

  window.framesView()->selectFrame(1);
  EXPECT_EQ(window.bytecodeModel()->code()->id, caller.codeId);
  EXPECT_EQ(window.bytecodeView()->selectedRow(),
            std::optional<int>(static_cast<int>(caller.offset)));
  EXPECT_EQ(window.sourceView()->currentLine(), caller.line);
  QModelIndex frameGroup = window.variablesModel()->groupIndex(VariablesModel::FrameGroup);
  EXPECT_EQ(window.variablesModel()->rowCount(frameGroup),
            static_cast<int>(VariablesModel::frameVariables(caller, state).size()));
  EXPECT_EQ(window.valueStackModel()->rowCount(), static_cast<int>(caller.stack.size()));
  EXPECT_EQ(window.valueStackModel()->pops(), 0);

  // The next step shows the innermost frame again.
  ASSERT_TRUE(goToStep(window, step + 1));
  EXPECT_EQ(window.framesView()->selectedFrame(), 0);
  EXPECT_EQ(window.bytecodeModel()->code()->id, state.frames[0].codeId);
}

}  // namespace
}  // namespace rw::gui
