#include "gui/main_window.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalBlocker>
#include <QStatusBar>
#include <QToolBar>
#include <iostream>

#include "gui/models/ast_model.h"
#include "gui/models/breakpoints_model.h"
#include "gui/models/bytecode_model.h"
#include "gui/models/code_fields_model.h"
#include "gui/models/exception_table_model.h"
#include "gui/models/frames_model.h"
#include "gui/models/symbols_model.h"
#include "gui/models/tokens_model.h"
#include "gui/models/value_stack_model.h"
#include "gui/models/variables_model.h"
#include "gui/session/timeline_controller.h"
#include "gui/views/ast_view.h"
#include "gui/views/breakpoints_view.h"
#include "gui/views/bytecode_view.h"
#include "gui/views/cached_dock_widget.h"
#include "gui/views/cached_tool_bar.h"
#include "gui/views/frames_view.h"
#include "gui/views/heap_view.h"
#include "gui/views/output_view.h"
#include "gui/views/source_view.h"
#include "gui/views/symbols_view.h"
#include "gui/views/text_line.h"
#include "gui/views/timeline_bar.h"
#include "gui/views/timeline_markers.h"
#include "gui/views/tokens_view.h"
#include "gui/views/value_stack_view.h"
#include "gui/views/variables_view.h"

namespace rw::gui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent),
      controller_(new TimelineController(this)),
      astModel_(new AstModel(this)),
      bytecodeModel_(new BytecodeModel(this)),
      exceptionTableModel_(new ExceptionTableModel(this)),
      codeFieldsModel_(new CodeFieldsModel(this)),
      valueStackModel_(new ValueStackModel(this)),
      framesModel_(new FramesModel(this)),
      variablesModel_(new VariablesModel(this)),
      tokensModel_(new TokensModel(this)),
      symbolsModel_(new SymbolsModel(this)),
      breakpointsModel_(new BreakpointsModel(this)),
      sourceView_(new SourceView),
      astView_(new AstView(astModel_)),
      bytecodeView_(new BytecodeView(bytecodeModel_, exceptionTableModel_, codeFieldsModel_)),
      valueStackView_(new ValueStackView(valueStackModel_)),
      framesView_(new FramesView(framesModel_)),
      variablesView_(new VariablesView(variablesModel_)),
      tokensView_(new TokensView(tokensModel_)),
      symbolsView_(new SymbolsView(symbolsModel_)),
      breakpointsView_(new BreakpointsView(breakpointsModel_)),
      heapView_(new HeapView),
      outputView_(new OutputView),
      timelineBar_(new TimelineBar),
      status_(new TextLine),
      traceStatus_(new QLabel),
      progress_(new QProgressBar),
      cancel_(new QPushButton(tr("Cancel"))) {
  setWindowTitle(tr("Rewind"));
  setObjectName("mainWindow");
  setDockNestingEnabled(true);
  setAcceptDrops(true);
  createDocks();
  createActions();
  statusBar()->addWidget(status_, 1);
  statusBar()->addPermanentWidget(progress_);
  statusBar()->addPermanentWidget(cancel_);
  statusBar()->addPermanentWidget(traceStatus_);
  progress_->setObjectName("recordingProgress");
  progress_->setMaximumWidth(220);
  progress_->setTextVisible(true);
  progress_->hide();
  cancel_->setObjectName("cancelRecording");
  cancel_->setToolTip(tr("Stop recording (the program open before stays open)"));
  cancel_->hide();
  status_->setText(
      tr("Open a Python program or a trace with File › Open, or pick one from "
         "Examples"));
  connectViews();
  autoplay_.setObjectName("autoplay");
  connect(&autoplay_, &QTimer::timeout, this, &MainWindow::autoplayTick);
  resize(1440, 900);
  defaultLayout_ = saveState(kLayoutVersion);
  restoreLayout();
}

MainWindow::~MainWindow() = default;

QDockWidget* MainWindow::addDock(const QString& title, const QString& objectName, QWidget* view) {
  auto* dock = new CachedDockWidget(title, this);
  dock->setObjectName(objectName);
  dock->setWidget(view);
  dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable |
                    QDockWidget::DockWidgetClosable);
  return dock;
}

// Three columns: the program and its output; its bytecode above the front-end stages and the
// heap; the frames with their variables and value stack.
void MainWindow::createDocks() {
  sourceDock_ = addDock(tr("Source"), "sourceDock", sourceView_);
  QDockWidget* output = addDock(tr("Output"), "outputDock", outputView_);
  QDockWidget* bytecode = addDock(tr("Bytecode"), "bytecodeDock", bytecodeView_);
  QDockWidget* ast = addDock(tr("Syntax tree"), "astDock", astView_);
  QDockWidget* tokens = addDock(tr("Tokens"), "tokensDock", tokensView_);
  QDockWidget* symbols = addDock(tr("Symbols"), "symbolsDock", symbolsView_);
  QDockWidget* heap = addDock(tr("Heap"), "heapDock", heapView_);
  QDockWidget* frames = addDock(tr("Frames"), "framesDock", framesView_);
  QDockWidget* variables = addDock(tr("Variables"), "variablesDock", variablesView_);
  QDockWidget* stack = addDock(tr("Value stack"), "valueStackDock", valueStackView_);
  QDockWidget* breakpoints = addDock(tr("Breakpoints"), "breakpointsDock", breakpointsView_);

  addDockWidget(Qt::LeftDockWidgetArea, sourceDock_);
  splitDockWidget(sourceDock_, bytecode, Qt::Horizontal);
  splitDockWidget(bytecode, frames, Qt::Horizontal);
  splitDockWidget(sourceDock_, output, Qt::Vertical);
  splitDockWidget(bytecode, heap, Qt::Vertical);
  tabifyDockWidget(heap, ast);
  tabifyDockWidget(ast, tokens);
  tabifyDockWidget(tokens, symbols);
  heap->raise();
  splitDockWidget(frames, variables, Qt::Vertical);
  splitDockWidget(variables, stack, Qt::Vertical);
  tabifyDockWidget(stack, breakpoints);
  stack->raise();
  resizeDocks({sourceDock_, bytecode, frames}, {520, 430, 490}, Qt::Horizontal);
  resizeDocks({sourceDock_, output}, {600, 200}, Qt::Vertical);
  resizeDocks({bytecode, heap}, {380, 420}, Qt::Vertical);
  resizeDocks({frames, variables, stack}, {130, 360, 310}, Qt::Vertical);

  auto* timeline = new CachedToolBar(tr("Timeline"), this);
  timeline->setObjectName("timelineToolBar");
  timeline->setMovable(false);
  timeline->addWidget(timelineBar_);
  addToolBar(Qt::BottomToolBarArea, timeline);
}

void MainWindow::connectViews() {
  connect(controller_, &TimelineController::loadingStarted, this, &MainWindow::onLoadingStarted);
  connect(controller_, &TimelineController::traceOpened, this, &MainWindow::onTraceOpened);
  connect(controller_, &TimelineController::openFailed, this, &MainWindow::onOpenFailed);
  connect(controller_, &TimelineController::stateChanged, this, &MainWindow::onStateChanged);
  connect(controller_, &TimelineController::navigated, this, &MainWindow::onNavigated);
  connect(controller_, &TimelineController::stateFailed, this,
          [this](qint64 step, const QString& message) {
            status_->setText(tr("Step %1 could not be shown: %2").arg(step).arg(message));
          });
  connect(controller_, &TimelineController::recordingProgress, this, [this](qint64 steps) {
    progress_->setFormat(tr("%L1 steps").arg(steps));
    progress_->update();
  });
  connect(controller_, &TimelineController::recordingCancelled, this, [this] {
    onLoadingEnded();
    status_->setText(tr("Recording cancelled"));
  });
  connect(cancel_, &QPushButton::clicked, controller_, &TimelineController::cancelRecording);
  connect(controller_, &TimelineController::targetStepChanged, timelineBar_,
          &TimelineBar::showStep);
  connect(controller_, &TimelineController::historyChanged, this,
          &MainWindow::updateHistoryActions);
  connect(controller_, &TimelineController::eventsChanged, this, [this] {
    timelineBar_->markers()->setEvents(controller_->events());
    showOutput();
  });
  connect(controller_, &TimelineController::breakpointHitsChanged, this,
          [this] { timelineBar_->markers()->setBreakpointHits(controller_->breakpointHits()); });
  timelineBar_->markers()->setDescriber([this](const recorder::TimelineEvent& e) -> QString {
    switch (e.kind) {
      case recorder::TimelineEvent::Kind::Call: {
        const recorder::CodeInfo* code = trace_ ? trace_->code(e.codeId) : nullptr;
        return tr("call %1").arg(code ? QString::fromStdString(code->qualname) : QString());
      }
      case recorder::TimelineEvent::Kind::Raise:
        return tr("raise %1").arg(QString::fromStdString(e.detail));
      case recorder::TimelineEvent::Kind::Output:
        break;
    }
    QString text = QString::fromStdString(e.detail).trimmed();
    return tr("output %1").arg(text.size() > 40 ? text.left(39) + "…" : text);
  });
  connect(timelineBar_, &TimelineBar::stepRequested, controller_, &TimelineController::requestStep);
  connect(timelineBar_, &TimelineBar::stepByRequested, controller_, &TimelineController::stepBy);
  connect(timelineBar_, &TimelineBar::jumpRequested, controller_, &TimelineController::jumpTo);
  connect(framesView_, &FramesView::frameSelected, this, &MainWindow::showFrame);
  connect(sourceView_, &SourceView::breakpointToggled, this, [this](int line) {
    if (const SourceDocument* d = sourceView_->sourceDocument())
      breakpointsModel_->toggle(d->info.path, line);
  });
  connect(sourceView_, &SourceView::conditionRequested, this, &MainWindow::editCondition);
  connect(breakpointsModel_, &BreakpointsModel::breakpointsChanged, this, [this] {
    controller_->setBreakpoints(breakpointsModel_->breakpoints());
    showBreakpoints();
  });
  sourceView_->setValueLookup([this](const QString& name) { return valueOfName(name); });
  connect(outputView_, &OutputView::tracebackLineClicked, this,
          [this](const QString& file, int line) {
            controller_->continueToLine(file, line, recorder::Direction::Backward);
          });
  connect(variablesView_, &VariablesView::changeRequested, controller_,
          &TimelineController::navigateToWrite);
  connect(astView_, &QAbstractItemView::clicked, this, [this](const QModelIndex& index) {
    // Click: the next step that enters the node; Shift+click: the last one before now.
    std::optional<uint32_t> node = astModel_->nodeId(index);
    const SourceDocument* d = sourceView_->sourceDocument();
    if (!node || !d) return;
    bool back = QApplication::keyboardModifiers() & Qt::ShiftModifier;
    controller_->navigateToNode(
        d->info.id, *node, back ? recorder::Direction::Backward : recorder::Direction::Forward);
  });
  connect(heapView_, &HeapView::objectChangeRequested, controller_,
          &TimelineController::navigateToObjectChange);
  connect(heapView_, &HeapView::objectCreationRequested, controller_,
          &TimelineController::navigateToObjectCreation);
}

QAction* MainWindow::action(const QString& name) const {
  return findChild<QAction*>(name);
}

void MainWindow::openFile(const QString& path) {
  if (!TimelineController::looksLikeTrace(path)) program_ = QFileInfo(path).absoluteFilePath();
  controller_->openFile(path, recordingSettings_);
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
  progress_->setRange(0, 0);  // busy: the length of a run is not known in advance
  progress_->setFormat(trace ? tr("opening") : tr("recording"));
  progress_->show();
  cancel_->setVisible(!trace);
  timelineBar_->setEnabled(false);
  setAutoplay(false);
}

void MainWindow::onLoadingEnded() {
  progress_->hide();
  cancel_->hide();
  timelineBar_->setEnabled(true);
}

void MainWindow::onTraceOpened(TraceInfoPtr trace) {
  onLoadingEnded();
  clearViews();
  trace_ = std::move(trace);
  timelineBar_->setStepCount(trace_->steps);
  QString name =
      QFileInfo(QString::fromStdString(trace_->sources.empty() ? trace_->tracePath
                                                               : trace_->sources.front().info.path))
          .fileName();
  setWindowTitle(tr("%1 — Rewind").arg(name));
  if (!trace_->sources.empty()) showSource(trace_->sources.front().info.id);
  QString ending = trace_->status == "max-steps"
                       ? tr("recording stopped after %1 steps").arg(trace_->steps)
                   : trace_->status == "interrupted"
                       ? tr("recording interrupted after %1 steps").arg(trace_->steps)
                       : tr("exit status %1").arg(trace_->exitCode);
  traceStatus_->setText(tr("%1 steps · %2").arg(trace_->steps).arg(ending));
  // A re-recorded program comes back to the step it was left at, when it still has it.
  if (returnToStep_ && *returnToStep_ < trace_->steps) controller_->requestStep(*returnToStep_);
  returnToStep_.reset();
  if (trace_->steps == 0) {
    // Typically a syntax error: the program raised before its first instruction.
    outputView_->setOutput({}, trace_->recordingOutput);
    status_->setText(
        tr("%1 stopped before its first instruction; the recording has no steps").arg(name));
  }
  updateRecentMenu();
}

void MainWindow::onOpenFailed(const QString& path, const QString& message) {
  onLoadingEnded();
  returnToStep_.reset();
  clearViews();
  trace_.reset();
  timelineBar_->setStepCount(0);
  setWindowTitle(tr("Rewind"));
  traceStatus_->clear();
  status_->setText(tr("Could not open %1").arg(QFileInfo(path).fileName()));
  showError(tr("Could not open %1").arg(QFileInfo(path).fileName()), message);
}

void MainWindow::clearViews() {
  setSourceEditing(false);
  state_.reset();
  shownSource_ = -1;
  shownFrame_ = 0;
  sourceView_->setSourceDocument(nullptr);
  astView_->setEmptyText({});
  astModel_->setModule(nullptr);
  tokensModel_->setDocument(nullptr, nullptr);
  symbolsModel_->setDocument(nullptr, nullptr);
  bytecodeModel_->setCode(nullptr, nullptr);
  exceptionTableModel_->setCode(nullptr, nullptr);
  codeFieldsModel_->setCode(nullptr, nullptr);
  valueStackModel_->setStack({}, 0);
  valueStackView_->setEffect(nullptr, false);
  framesModel_->setState(nullptr);
  variablesModel_->clear();
  heapView_->setState(nullptr, nullptr);
  outputView_->setOutput({}, {});
  sourceDock_->setWindowTitle(tr("Source"));
}

void MainWindow::showSource(int64_t sourceId) {
  // While its text is edited the Source view stays on it.
  if (sourceId == shownSource_ || !trace_ || sourceView_->isEditing()) return;
  const SourceDocument* document = trace_->source(sourceId);
  if (!document) return;
  shownSource_ = sourceId;
  sourceView_->setSourceDocument(document);
  astModel_->setModule(document->ast);
  tokensModel_->setDocument(trace_, document);
  symbolsModel_->setDocument(trace_, document);
  QString title = QString::fromStdString(document->info.path);
  if (!TraceInfo::isLibraryFile(document->info.path)) title = QFileInfo(title).fileName();
  sourceDock_->setWindowTitle(tr("Source — %1").arg(title));
  astView_->setEmptyText(document->ast ? QString() : QString::fromStdString(document->astError));
  showBreakpoints();
}

void MainWindow::showBreakpoints() {
  const SourceDocument* document = sourceView_->sourceDocument();
  sourceView_->setBreakpointLines(document ? breakpointsModel_->linesIn(document->info.path)
                                           : std::set<int>{});
}

void MainWindow::onStateChanged(StepStatePtr state) {
  state_ = std::move(state);
  framesModel_->setState(state_);
  showOutput();
  heapView_->setState(state_, controller_->previousState());
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

// The output up to the shown step; at the last step, also what the last instruction and the
// program's ending wrote (an uncaught exception's traceback), once the marker scan has it.
void MainWindow::showOutput() {
  if (!state_) return;
  std::string out = state_->stdoutText, err = state_->stderrText;
  if (trace_ && state_->step == trace_->steps - 1 && controller_->eventsComplete()) {
    for (const recorder::TimelineEvent& e : controller_->events())
      if (e.kind == recorder::TimelineEvent::Kind::Output && e.step >= state_->step)
        (e.stream == 2 ? err : out) += e.detail;
  }
  outputView_->setOutput(out, err);
}

void MainWindow::onNavigated(NavResultPtr result) {
  QString command = navCommandName(result->request.command, result->request.direction);
  QString message;
  if (!result->step) {
    message = tr("%1: %2").arg(command, result->note.isEmpty() ? tr("no such step") : result->note);
    status_->setText(message);
  } else if (!result->note.isEmpty()) {
    status_->setText(status_->text() + " · " + result->note);
  }
  for (const QString& warning : result->warnings)
    statusBar()->showMessage(warning, 8000);
  if (!result->step && isAutoplaying()) setAutoplay(false);
}

void MainWindow::showFrame(int row) {
  if (!state_ || !trace_) return;
  shownFrame_ = row;
  const recorder::FrameView* frame = framesModel_->frame(row);
  if (!frame) {
    bytecodeModel_->setCode(nullptr, nullptr);
    exceptionTableModel_->setCode(nullptr, nullptr);
    codeFieldsModel_->setCode(nullptr, nullptr);
    codeFieldsModel_->setCode(nullptr, nullptr);
    valueStackModel_->setStack({}, 0);
    valueStackView_->setEffect(nullptr, false);
    variablesModel_->setFrame(state_, controller_->previousState(), -1);
    sourceView_->setLocation({});
    astView_->setCurrentNode(std::nullopt);
    tokensModel_->setSpan({});
    symbolsModel_->setCurrentScope(std::nullopt);
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
  tokensModel_->setSpan(location);
  tokensView_->revealMarked();
  symbolsModel_->setCurrentScope(code ? std::optional<uint32_t>(code->astNode) : std::nullopt);

  bytecodeModel_->setCode(trace_, code);
  exceptionTableModel_->setCode(trace_, code);
  codeFieldsModel_->setCode(trace_, code);
  bytecodeView_->setCurrentOffset(code ? std::optional<uint32_t>(frame->offset) : std::nullopt);

  const recorder::InstructionView* instruction = executing ? &state_->instruction
                                                 : info    ? &info->instruction
                                                           : nullptr;
  valueStackModel_->setStack(frame->stack, executing ? state_->instruction.pops : 0);
  valueStackView_->setEffect(instruction, executing);
  variablesModel_->setFrame(state_, controller_->previousState(), row);
}

// The innermost binding the shown frame sees: its variables, then the globals.
QString MainWindow::valueOfName(const QString& name) const {
  if (!state_) return {};
  std::string wanted = name.toStdString();
  const recorder::FrameView* frame = framesModel_->frame(shownFrame_);
  if (frame)
    for (const recorder::VariableView& v : frame->variables)
      if (v.name == wanted) return v.bound ? QString::fromStdString(v.value.repr) : tr("<unbound>");
  for (const recorder::VariableView& v : state_->globals)
    if (v.name == wanted) return QString::fromStdString(v.value.repr);
  return {};
}

void MainWindow::refreshViews() {
  if (state_) {
    int frame = shownFrame_;
    onStateChanged(state_);
    if (frame != 0) {
      framesView_->selectFrame(frame);
      showFrame(frame);
    }
  }
  for (QWidget* w : findChildren<QWidget*>())
    w->update();
}

QString MainWindow::statusText() const {
  return status_->text();
}

QString MainWindow::traceStatusText() const {
  return traceStatus_->text();
}

void MainWindow::raiseDock(const QString& objectName) {
  if (auto* dock = findChild<QDockWidget*>(objectName)) {
    dock->show();
    dock->raise();
  }
}

void MainWindow::saveLayout() {
  QSettings settings;
  settings.setValue("layout/geometry", saveGeometry());
  settings.setValue("layout/state", saveState(kLayoutVersion));
}

void MainWindow::restoreLayout() {
  QSettings settings;
  restoreGeometry(settings.value("layout/geometry").toByteArray());
  restoreState(settings.value("layout/state").toByteArray(), kLayoutVersion);
}

void MainWindow::closeEvent(QCloseEvent* event) {
  saveLayout();
  setAutoplay(false);
  QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
  const QList<QUrl> urls = event->mimeData()->urls();
  if (urls.size() == 1 && urls.front().isLocalFile()) event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event) {
  const QList<QUrl> urls = event->mimeData()->urls();
  if (urls.size() != 1 || !urls.front().isLocalFile()) return;
  event->acceptProposedAction();
  openFile(urls.front().toLocalFile());
}

}  // namespace rw::gui
