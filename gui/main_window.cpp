#include "gui/main_window.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSignalBlocker>
#include <QStatusBar>
#include <QToolBar>
#include <iostream>

#include "gui/models/ast_model.h"
#include "gui/models/bytecode_model.h"
#include "gui/models/exception_table_model.h"
#include "gui/models/frames_model.h"
#include "gui/models/value_stack_model.h"
#include "gui/models/variables_model.h"
#include "gui/session/timeline_controller.h"
#include "gui/views/ast_view.h"
#include "gui/views/bytecode_view.h"
#include "gui/views/frames_view.h"
#include "gui/views/output_view.h"
#include "gui/views/source_view.h"
#include "gui/views/timeline_bar.h"
#include "gui/views/value_stack_view.h"
#include "gui/views/variables_view.h"

namespace rw::gui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent),
      controller_(new TimelineController(this)),
      astModel_(new AstModel(this)),
      bytecodeModel_(new BytecodeModel(this)),
      exceptionTableModel_(new ExceptionTableModel(this)),
      valueStackModel_(new ValueStackModel(this)),
      framesModel_(new FramesModel(this)),
      variablesModel_(new VariablesModel(this)),
      sourceView_(new SourceView),
      astView_(new AstView(astModel_)),
      bytecodeView_(new BytecodeView(bytecodeModel_, exceptionTableModel_)),
      valueStackView_(new ValueStackView(valueStackModel_)),
      framesView_(new FramesView(framesModel_)),
      variablesView_(new VariablesView(variablesModel_)),
      outputView_(new OutputView),
      timelineBar_(new TimelineBar),
      status_(new QLabel),
      traceStatus_(new QLabel) {
  setWindowTitle(tr("Rewind"));
  setObjectName("mainWindow");
  setDockNestingEnabled(true);
  createDocks();
  createActions();
  statusBar()->addWidget(status_, 1);
  statusBar()->addPermanentWidget(traceStatus_);
  status_->setText(tr("Open a Python program or a trace with File › Open"));

  connect(controller_, &TimelineController::loadingStarted, this, &MainWindow::onLoadingStarted);
  connect(controller_, &TimelineController::traceOpened, this, &MainWindow::onTraceOpened);
  connect(controller_, &TimelineController::openFailed, this, &MainWindow::onOpenFailed);
  connect(controller_, &TimelineController::stateChanged, this, &MainWindow::onStateChanged);
  connect(controller_, &TimelineController::stateFailed, this,
          [this](qint64 step, const QString& message) {
            status_->setText(tr("Step %1 could not be shown: %2").arg(step).arg(message));
          });
  connect(controller_, &TimelineController::targetStepChanged, timelineBar_,
          &TimelineBar::showStep);
  connect(timelineBar_, &TimelineBar::stepRequested, controller_, &TimelineController::requestStep);
  connect(timelineBar_, &TimelineBar::stepByRequested, controller_, &TimelineController::stepBy);
  connect(framesView_, &FramesView::frameSelected, this, &MainWindow::showFrame);
  resize(1440, 900);
}

MainWindow::~MainWindow() = default;

QDockWidget* MainWindow::addDock(const QString& title, const QString& objectName, QWidget* view) {
  auto* dock = new QDockWidget(title, this);
  dock->setObjectName(objectName);
  dock->setWidget(view);
  dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable |
                    QDockWidget::DockWidgetClosable);
  return dock;
}

// Three columns: the program and its output; its bytecode and syntax tree; the frames with
// their variables and value stack.
void MainWindow::createDocks() {
  sourceDock_ = addDock(tr("Source"), "sourceDock", sourceView_);
  QDockWidget* output = addDock(tr("Output"), "outputDock", outputView_);
  QDockWidget* bytecode = addDock(tr("Bytecode"), "bytecodeDock", bytecodeView_);
  QDockWidget* ast = addDock(tr("Syntax tree"), "astDock", astView_);
  QDockWidget* frames = addDock(tr("Frames"), "framesDock", framesView_);
  QDockWidget* variables = addDock(tr("Variables"), "variablesDock", variablesView_);
  QDockWidget* stack = addDock(tr("Value stack"), "valueStackDock", valueStackView_);

  addDockWidget(Qt::LeftDockWidgetArea, sourceDock_);
  splitDockWidget(sourceDock_, bytecode, Qt::Horizontal);
  splitDockWidget(bytecode, frames, Qt::Horizontal);
  splitDockWidget(sourceDock_, output, Qt::Vertical);
  splitDockWidget(bytecode, ast, Qt::Vertical);
  splitDockWidget(frames, variables, Qt::Vertical);
  splitDockWidget(variables, stack, Qt::Vertical);
  resizeDocks({sourceDock_, bytecode, frames}, {520, 430, 490}, Qt::Horizontal);
  resizeDocks({sourceDock_, output}, {600, 200}, Qt::Vertical);
  resizeDocks({bytecode, ast}, {420, 380}, Qt::Vertical);
  resizeDocks({frames, variables, stack}, {130, 360, 310}, Qt::Vertical);

  auto* timeline = new QToolBar(tr("Timeline"), this);
  timeline->setObjectName("timelineToolBar");
  timeline->setMovable(false);
  timeline->addWidget(timelineBar_);
  addToolBar(Qt::BottomToolBarArea, timeline);
}

void MainWindow::createActions() {
  QMenu* file = menuBar()->addMenu(tr("&File"));
  QAction* open = file->addAction(tr("&Open…"), this, &MainWindow::showOpenDialog);
  open->setShortcut(QKeySequence::Open);
  file->addSeparator();
  QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
  quit->setShortcut(QKeySequence::Quit);

  QMenu* go = menuBar()->addMenu(tr("&Go"));
  auto addStep = [&](const QString& text, QKeySequence key, auto handler) {
    QAction* action = go->addAction(text, this, handler);
    action->setShortcut(key);
    action->setShortcutContext(Qt::WindowShortcut);
  };
  addStep(tr("Step &forward"), QKeySequence(Qt::Key_Right), [this] { controller_->stepBy(1); });
  addStep(tr("Step &back"), QKeySequence(Qt::Key_Left), [this] { controller_->stepBy(-1); });
  addStep(tr("&First step"), QKeySequence(Qt::Key_Home), [this] { controller_->requestStep(0); });
  addStep(tr("&Last step"), QKeySequence(Qt::Key_End), [this] {
    if (TraceInfoPtr trace = controller_->trace()) controller_->requestStep(trace->steps - 1);
  });

  viewMenu_ = menuBar()->addMenu(tr("&View"));
  for (QDockWidget* dock : findChildren<QDockWidget*>())
    viewMenu_->addAction(dock->toggleViewAction());
}

void MainWindow::openFile(const QString& path) {
  controller_->openFile(path);
}

void MainWindow::showOpenDialog() {
  QString path = QFileDialog::getOpenFileName(
      this, tr("Open a program or a trace"), QString(),
      tr("Python programs and Rewind traces (*.py *.rwd);;All files (*)"));
  if (!path.isEmpty()) openFile(path);
}

// Not modal in the blocking sense: the event loop (and headless tests) keep running.
void MainWindow::showError(const QString& title, const QString& message) {
  std::cerr << "rewind-gui: " << message.toStdString() << "\n";
  auto* box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
  box->setObjectName("errorMessage");
  box->setAttribute(Qt::WA_DeleteOnClose);
  box->open();
}

void MainWindow::onLoadingStarted(const QString& path) {
  bool trace = TimelineController::looksLikeTrace(path);
  status_->setText(
      (trace ? tr("Opening %1…") : tr("Recording %1…")).arg(QFileInfo(path).fileName()));
  timelineBar_->setEnabled(false);
}

void MainWindow::onTraceOpened(TraceInfoPtr trace) {
  clearViews();
  trace_ = std::move(trace);
  timelineBar_->setEnabled(true);
  timelineBar_->setStepCount(trace_->steps);
  QString name =
      QFileInfo(QString::fromStdString(trace_->sources.empty() ? trace_->tracePath
                                                               : trace_->sources.front().info.path))
          .fileName();
  setWindowTitle(tr("%1 — Rewind").arg(name));
  if (!trace_->sources.empty()) showSource(trace_->sources.front().info.id);
  QString ending = trace_->status == "max-steps"
                       ? tr("recording stopped after %1 steps").arg(trace_->steps)
                       : tr("exit status %1").arg(trace_->exitCode);
  traceStatus_->setText(tr("%1 steps · %2").arg(trace_->steps).arg(ending));
  if (trace_->steps == 0) {
    // Typically a syntax error: the program raised before its first instruction.
    outputView_->setOutput({}, trace_->recordingOutput);
    status_->setText(
        tr("%1 stopped before its first instruction; the recording has no steps").arg(name));
  }
}

void MainWindow::onOpenFailed(const QString& path, const QString& message) {
  clearViews();
  trace_.reset();
  timelineBar_->setEnabled(true);
  timelineBar_->setStepCount(0);
  setWindowTitle(tr("Rewind"));
  traceStatus_->clear();
  status_->setText(tr("Could not open %1").arg(QFileInfo(path).fileName()));
  showError(tr("Could not open %1").arg(QFileInfo(path).fileName()), message);
}

void MainWindow::clearViews() {
  state_.reset();
  shownSource_ = -1;
  sourceView_->setSourceDocument(nullptr);
  astView_->setEmptyText({});
  astModel_->setModule(nullptr);
  bytecodeModel_->setCode(nullptr, nullptr);
  exceptionTableModel_->setCode(nullptr, nullptr);
  valueStackModel_->setStack({}, 0);
  valueStackView_->setEffect(nullptr, false);
  framesModel_->setState(nullptr);
  variablesModel_->clear();
  outputView_->setOutput({}, {});
  sourceDock_->setWindowTitle(tr("Source"));
}

void MainWindow::showSource(int64_t sourceId) {
  if (sourceId == shownSource_ || !trace_) return;
  const SourceDocument* document = trace_->source(sourceId);
  if (!document) return;
  shownSource_ = sourceId;
  sourceView_->setSourceDocument(document);
  astModel_->setModule(document->ast);
  sourceDock_->setWindowTitle(
      tr("Source — %1").arg(QFileInfo(QString::fromStdString(document->info.path)).fileName()));
  astView_->setEmptyText(document->ast ? QString() : QString::fromStdString(document->astError));
}

void MainWindow::onStateChanged(StepStatePtr state) {
  state_ = std::move(state);
  framesModel_->setState(state_);
  outputView_->setOutput(state_->stdoutText, state_->stderrText);
  // Like other debuggers: each new step shows the innermost frame.
  {
    QSignalBlocker quiet(framesView_);
    framesView_->selectFrame(0);
  }
  showFrame(0);

  QString where;
  if (!state_->frames.empty()) {
    const recorder::FrameView& top = state_->frames.front();
    where = tr(" — %1:%2 in %3")
                .arg(QFileInfo(QString::fromStdString(top.file)).fileName())
                .arg(top.line)
                .arg(QString::fromStdString(top.function));
  }
  status_->setText(tr("step %1 of %2").arg(state_->step).arg(state_->steps) + where);
}

void MainWindow::showFrame(int row) {
  if (!state_ || !trace_) return;
  const recorder::FrameView* frame = framesModel_->frame(row);
  if (!frame) {
    bytecodeModel_->setCode(nullptr, nullptr);
    exceptionTableModel_->setCode(nullptr, nullptr);
    valueStackModel_->setStack({}, 0);
    valueStackView_->setEffect(nullptr, false);
    variablesModel_->setVariables({}, {}, state_->globals);
    sourceView_->setLocation({});
    astView_->setCurrentNode(std::nullopt);
    return;
  }
  bool executing = row == 0;
  const recorder::CodeInfo* code = trace_->code(frame->codeId);
  const recorder::InstructionInfo* info = code && frame->offset < code->instructions.size()
                                              ? &code->instructions[frame->offset]
                                              : nullptr;
  if (code) showSource(code->sourceId);
  recorder::SourceSpan location = executing ? state_->location
                                  : info    ? info->location
                                            : recorder::SourceSpan{};
  sourceView_->setLocation(location);
  astView_->setCurrentNode(location.line > 0 ? std::optional<uint32_t>(location.astNode)
                                             : std::nullopt);

  bytecodeModel_->setCode(trace_, code);
  exceptionTableModel_->setCode(trace_, code);
  bytecodeView_->setCurrentOffset(code ? std::optional<uint32_t>(frame->offset) : std::nullopt);

  const recorder::InstructionView* instruction = executing ? &state_->instruction
                                                 : info    ? &info->instruction
                                                           : nullptr;
  valueStackModel_->setStack(frame->stack, executing ? state_->instruction.pops : 0);
  valueStackView_->setEffect(instruction, executing);
  variablesModel_->setVariables(QString::fromStdString(frame->function), frame->variables,
                                state_->globals);
}

QString MainWindow::statusText() const {
  return status_->text();
}

QString MainWindow::traceStatusText() const {
  return traceStatus_->text();
}

}  // namespace rw::gui
