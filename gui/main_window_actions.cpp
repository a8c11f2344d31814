// The window's menus and toolbars, and what their commands do.
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTableView>
#include <QTextStream>
#include <QToolBar>
#include <algorithm>
#include <cstdint>

#include "gui/app/recent_files.h"
#include "gui/main_window.h"
#include "gui/models/breakpoints_model.h"
#include "gui/session/timeline_controller.h"
#include "gui/views/cached_tool_bar.h"
#include "gui/views/record_dialog.h"
#include "gui/views/source_view.h"
#include "gui/views/text_line.h"

namespace rw::gui {

namespace {

using recorder::Direction;

// How far presentation mode enlarges every font, in points.
constexpr int kPresentationPoints = 7;

// "closures_and_cells.py" -> "Closures and cells".
QString exampleTitle(const QString& fileName) {
  QString title = QFileInfo(fileName).completeBaseName().replace('_', ' ');
  if (!title.isEmpty()) title[0] = title[0].toUpper();
  return title;
}

// The comment an example opens with, joined into one line (what to watch).
QString exampleHint(const QString& path) {
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) return {};
  QTextStream in(&file);
  QStringList lines;
  while (!in.atEnd()) {
    QString line = in.readLine().trimmed();
    if (!line.startsWith('#')) break;
    lines << line.mid(1).trimmed();
  }
  return lines.join(' ');
}

}  // namespace

QString MainWindow::examplesDirectory() {
  QByteArray fromEnvironment = qgetenv("REWIND_EXAMPLES_DIR");
  if (!fromEnvironment.isEmpty()) return QString::fromLocal8Bit(fromEnvironment);
  QDir besideApp(QCoreApplication::applicationDirPath() + "/examples");
  if (besideApp.exists()) return besideApp.path();
  return QStringLiteral(REWIND_EXAMPLES_DIR);
}

QAction* MainWindow::addAction(QMenu* menu, const QString& name, const QString& text,
                               const QKeySequence& key, std::function<void()> handler) {
  auto* action = new QAction(text, this);
  action->setObjectName(name);
  if (!key.isEmpty()) {
    action->setShortcut(key);
    action->setShortcutContext(Qt::WindowShortcut);
    action->setToolTip(
        QString("%1 (%2)").arg(QString(text).remove('&'), key.toString(QKeySequence::NativeText)));
  }
  connect(action, &QAction::triggered, this, std::move(handler));
  if (menu) menu->addAction(action);
  QMainWindow::addAction(action);  // shortcuts work while the menu bar is hidden too
  return action;
}

void MainWindow::addNavigation(QMenu* menu, const QString& name, NavCommand command,
                               Direction direction, const QKeySequence& key) {
  QString text = navCommandName(command, direction);
  text[0] = text[0].toUpper();
  addAction(menu, name, text, key,
            [this, command, direction] { controller_->navigate(command, direction); });
}

void MainWindow::createActions() {
  createFileMenu();
  createGoMenu();
  createViewMenu();
}

void MainWindow::createFileMenu() {
  QMenu* file = menuBar()->addMenu(tr("&File"));
  addAction(file, "open", tr("&Open…"), QKeySequence::Open, [this] { showOpenDialog(); });
  addAction(file, "recordWithOptions", tr("Record with &Input…"), QKeySequence(tr("Ctrl+Shift+O")),
            [this] {
              QString path = QFileDialog::getOpenFileName(this, tr("Record a Python program"),
                                                          QString(), tr("Python (*.py)"));
              if (!path.isEmpty()) showRecordDialog(path);
            });
  addAction(file, "rerecord", tr("&Record Again"), QKeySequence(tr("Ctrl+R")),
            [this] { rerecord(); });
  QAction* edit =
      addAction(file, "editSource", tr("&Edit Source"), QKeySequence(tr("Ctrl+E")), [] {});
  edit->setCheckable(true);
  edit->setStatusTip(tr("Edit the program's text; Record Again saves and records it"));
  connect(edit, &QAction::toggled, this, &MainWindow::setSourceEditing);
  recentMenu_ = file->addMenu(tr("Open &Recent"));
  updateRecentMenu();
  file->addSeparator();
  addAction(file, "quit", tr("&Quit"), QKeySequence::Quit, [this] { close(); });

  QMenu* examples = menuBar()->addMenu(tr("&Examples"));
  fillExamplesMenu(examples);
}

void MainWindow::createGoMenu() {
  QMenu* go = menuBar()->addMenu(tr("&Go"));
  auto* toolbar = new CachedToolBar(tr("Navigation"), this);
  toolbar->setObjectName("navigationToolBar");
  toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
  addToolBar(Qt::TopToolBarArea, toolbar);

  addNavigation(go, "stepInto", NavCommand::StepLine, Direction::Forward, Qt::Key_F11);
  addNavigation(go, "stepOver", NavCommand::StepOver, Direction::Forward, Qt::Key_F10);
  addNavigation(go, "stepOut", NavCommand::StepOut, Direction::Forward, Qt::SHIFT | Qt::Key_F11);
  addNavigation(go, "continue", NavCommand::Continue, Direction::Forward, Qt::Key_F5);
  go->addSeparator();
  addNavigation(go, "reverseStepInto", NavCommand::StepLine, Direction::Backward,
                Qt::CTRL | Qt::Key_F11);
  addNavigation(go, "reverseStepOver", NavCommand::StepOver, Direction::Backward,
                Qt::CTRL | Qt::Key_F10);
  addNavigation(go, "reverseStepOut", NavCommand::StepOut, Direction::Backward,
                Qt::CTRL | Qt::SHIFT | Qt::Key_F11);
  addNavigation(go, "reverseContinue", NavCommand::Continue, Direction::Backward,
                Qt::CTRL | Qt::Key_F5);
  go->addSeparator();
  addAction(go, "stepForward", tr("Next &Instruction"), Qt::Key_Right,
            [this] { controller_->stepBy(1); });
  addAction(go, "stepBack", tr("Previous I&nstruction"), Qt::Key_Left,
            [this] { controller_->stepBy(-1); });
  addNavigation(go, "nextException", NavCommand::Exception, Direction::Forward, Qt::Key_F8);
  addNavigation(go, "previousException", NavCommand::Exception, Direction::Backward,
                Qt::CTRL | Qt::Key_F8);
  go->addSeparator();
  addAction(go, "goToStep", tr("&Go to Step…"), QKeySequence(tr("Ctrl+G")),
            [this] { showGoToStepDialog(); });
  addAction(go, "back", tr("&Back"), QKeySequence::Back, [this] { controller_->goBack(); });
  addAction(go, "forward", tr("&Forward"), QKeySequence::Forward,
            [this] { controller_->goForward(); });
  addAction(go, "firstStep", tr("F&irst Step"), Qt::Key_Home, [this] { controller_->jumpTo(0); });
  addAction(go, "lastStep", tr("&Last Step"), Qt::Key_End, [this] {
    if (TraceInfoPtr trace = controller_->trace()) controller_->jumpTo(trace->steps - 1);
  });
  go->addSeparator();
  QAction* exceptions =
      addAction(go, "stopAtExceptions", tr("Continue Stops at &Exceptions"), {}, [] {});
  exceptions->setCheckable(true);
  connect(exceptions, &QAction::toggled, this,
          [this](bool on) { controller_->setStopAtExceptions(on); });
  QAction* justMyCode = addAction(go, "justMyCode", tr("&Just My Code"), {}, [] {});
  justMyCode->setCheckable(true);
  justMyCode->setToolTip(tr("Stepping skips the steps inside Rewind's own Python-written modules"));
  connect(justMyCode, &QAction::toggled, this, [this](bool on) {
    controller_->setJustMyCode(on);
    QSettings().setValue("justMyCode", on);
  });
  justMyCode->setChecked(QSettings().value("justMyCode", true).toBool());
  controller_->setJustMyCode(justMyCode->isChecked());
  addAction(go, "clearBreakpoints", tr("Remove All &Breakpoints"), {},
            [this] { breakpointsModel_->clearAll(); });
  go->addSeparator();
  QAction* play = addAction(go, "autoplay", tr("&Play"), QKeySequence(tr("Ctrl+P")),
                            [this] { setAutoplay(!isAutoplaying()); });
  play->setCheckable(true);

  // The toolbar: backwards on the left, forwards on the right.
  for (const char* name :
       {"reverseContinue", "reverseStepOut", "reverseStepOver", "reverseStepInto", "stepBack"}) {
    QAction* a = action(name);
    QString label = a->text();
    label.remove(tr("Reverse ")).remove(tr("reverse "));
    if (QString(name) == "stepBack") label = tr("Instruction");
    a->setIconText("◀ " + label.left(1).toUpper() + label.mid(1));
    toolbar->addAction(a);
  }
  toolbar->addSeparator();
  for (const char* name : {"stepForward", "stepInto", "stepOver", "stepOut", "continue"}) {
    QAction* a = action(name);
    QString label = QString(name) == "stepForward" ? tr("Instruction") : a->text();
    a->setIconText(label + " ▶");
    toolbar->addAction(a);
  }
  toolbar->addSeparator();
  action("back")->setIconText(tr("← Back"));
  action("forward")->setIconText(tr("Forward →"));
  toolbar->addAction(action("back"));
  toolbar->addAction(action("forward"));
  toolbar->addSeparator();
  toolbar->addAction(play);
  speed_ = new QSpinBox(this);
  speed_->setObjectName("autoplaySpeed");
  speed_->setRange(1, 50);
  speed_->setValue(QSettings().value("autoplaySpeed", 3).toInt());
  speed_->setSuffix(tr(" lines/s"));
  speed_->setToolTip(tr("Autoplay speed"));
  connect(speed_, &QSpinBox::valueChanged, this, [this](int speed) {
    autoplay_.setInterval(1000 / speed);
    QSettings().setValue("autoplaySpeed", speed);
  });
  autoplay_.setInterval(1000 / speed_->value());
  toolbar->addWidget(speed_);
  updateHistoryActions();
}

void MainWindow::createViewMenu() {
  viewMenu_ = menuBar()->addMenu(tr("&View"));
  for (QDockWidget* dock : findChildren<QDockWidget*>())
    viewMenu_->addAction(dock->toggleViewAction());
  viewMenu_->addSeparator();
  addAction(viewMenu_, "zoomIn", tr("Zoom &In"), QKeySequence::ZoomIn, [this] { zoomBy(1); });
  // Ctrl+= as well: on most keyboards "+" needs Shift.
  action("zoomIn")->setShortcuts({QKeySequence::ZoomIn, QKeySequence(tr("Ctrl+="))});
  addAction(viewMenu_, "zoomOut", tr("Zoom &Out"), QKeySequence::ZoomOut, [this] { zoomBy(-1); });
  addAction(viewMenu_, "resetZoom", tr("&Reset Zoom"), QKeySequence(tr("Ctrl+0")), [this] {
    zoom_ = 0;
    applyZoom();
  });
  QAction* presentation = addAction(viewMenu_, "presentationMode", tr("&Presentation Mode"),
                                    QKeySequence(tr("Ctrl+Shift+F")), [] {});
  presentation->setCheckable(true);
  connect(presentation, &QAction::toggled, this, &MainWindow::setPresentationMode);

  QMenu* themes = viewMenu_->addMenu(tr("&Theme"));
  auto* group = new QActionGroup(this);
  Theme saved = themeFromKey(QSettings().value("theme").toString());
  for (auto [theme, text] :
       {std::pair{Theme::System, tr("&System")}, std::pair{Theme::Light, tr("&Light")},
        std::pair{Theme::Dark, tr("&Dark")}}) {
    QAction* a = addAction(themes, "theme" + themeKey(theme), text, {},
                           [this, theme = theme] { setTheme(theme); });
    a->setCheckable(true);
    a->setChecked(theme == saved);
    group->addAction(a);
  }
  if (saved != Theme::System) applyTheme(saved);
  viewMenu_->addSeparator();
  addAction(viewMenu_, "resetLayout", tr("Reset &Layout"), {},
            [this] { restoreState(defaultLayout_, kLayoutVersion); });
}

void MainWindow::showOpenDialog() {
  QString path = QFileDialog::getOpenFileName(
      this, tr("Open a program or a trace"), QString(),
      tr("Python programs and Rewind traces (*.py *.rwd);;All files (*)"));
  if (!path.isEmpty()) {
    RecentFiles::add(path);
    updateRecentMenu();
    openFile(path);
  }
}

void MainWindow::showRecordDialog(const QString& program) {
  RecordDialog dialog(program, recordingSettings_, this);
  if (dialog.exec() != QDialog::Accepted) return;
  recordingSettings_ = dialog.settings();
  RecentFiles::add(program);
  updateRecentMenu();
  openFile(program);
}

void MainWindow::rerecord() {
  if (sourceView_->isEditing()) {
    saveAndRecordEdits();
    return;
  }
  if (program_.isEmpty()) {
    status_->setText(tr("No program to record again: open a .py file first"));
    return;
  }
  showRecordDialog(program_);
}

void MainWindow::setSourceEditing(bool on) {
  const SourceDocument* document = sourceView_->sourceDocument();
  if (on && (!document || TraceInfo::isLibraryFile(document->info.path) ||
             !QFileInfo(QString::fromStdString(document->info.path)).isFile())) {
    status_->setText(tr("Only the program's own files can be edited"));
    on = false;
  }
  bool wasEditing = sourceView_->isEditing();
  sourceView_->setEditing(on);
  if (QAction* a = action("editSource")) {
    QSignalBlocker quiet(a);
    a->setChecked(on);
  }
  if (on && !wasEditing) {
    raiseDock("sourceDock");
    sourceView_->setFocus();
    status_->setText(tr("Editing %1: Record Again (Ctrl+R) saves it and records the program")
                         .arg(QFileInfo(QString::fromStdString(document->info.path)).fileName()));
  } else if (!on && wasEditing && state_) {
    // The recorded text is back: show the step on it again.
    refreshViews();
  }
}

void MainWindow::saveAndRecordEdits() {
  const SourceDocument* document = sourceView_->sourceDocument();
  if (!document) return;
  QString path = QFileInfo(QString::fromStdString(document->info.path)).absoluteFilePath();
  QString program = program_.isEmpty() ? path : program_;
  auto* ask = new QMessageBox(QMessageBox::Question, tr("Record Again"),
                              tr("Save the edited text over %1 and record %2 again?")
                                  .arg(path, QFileInfo(program).fileName()),
                              QMessageBox::Save | QMessageBox::Cancel, this);
  ask->setObjectName("saveEditedSource");
  ask->setAttribute(Qt::WA_DeleteOnClose);
  connect(ask, &QMessageBox::finished, this, [this, ask, path, program] {
    if (ask->standardButton(ask->clickedButton()) != QMessageBox::Save || !sourceView_->isEditing())
      return;
    QByteArray text = sourceView_->toPlainText().toUtf8();
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(text) != text.size()) {
      showError(tr("Could not save %1").arg(QFileInfo(path).fileName()), file.errorString());
      return;
    }
    file.close();
    returnToStep_ = controller_->targetStep();
    setSourceEditing(false);
    openFile(program);
  });
  ask->open();
}

void MainWindow::updateRecentMenu() {
  if (!recentMenu_) return;
  recentMenu_->clear();
  const QStringList files = RecentFiles::load();
  for (const QString& path : files) {
    QAction* a = recentMenu_->addAction(QFileInfo(path).fileName(), this, [this, path] {
      RecentFiles::add(path);
      updateRecentMenu();
      openFile(path);
    });
    a->setToolTip(path);
    a->setStatusTip(path);
  }
  if (files.isEmpty()) recentMenu_->addAction(tr("No recent files"))->setEnabled(false);
  recentMenu_->addSeparator();
  recentMenu_->addAction(tr("Clear"), this, [this] {
    RecentFiles::clear();
    updateRecentMenu();
  });
}

void MainWindow::fillExamplesMenu(QMenu* menu) {
  QDir directory(examplesDirectory());
  const QStringList files = directory.entryList({"*.py"}, QDir::Files, QDir::Name);
  if (files.isEmpty()) {
    menu->addAction(tr("No examples in %1").arg(directory.path()))->setEnabled(false);
    return;
  }
  for (const QString& file : files) {
    QString path = directory.filePath(file);
    QAction* a = menu->addAction(exampleTitle(file), this, [this, path] {
      RecentFiles::add(path);
      updateRecentMenu();
      openFile(path);
    });
    a->setObjectName("example_" + QFileInfo(file).completeBaseName());
    QString hint = exampleHint(path);
    a->setStatusTip(hint);
    a->setToolTip(hint);
  }
  menu->setToolTipsVisible(true);
}

void MainWindow::showGoToStepDialog() {
  TraceInfoPtr trace = controller_->trace();
  if (!trace || trace->steps <= 0) return;
  bool ok = false;
  int step = QInputDialog::getInt(
      this, tr("Go to Step"), tr("Step (0 to %1):").arg(trace->steps - 1),
      static_cast<int>(controller_->targetStep()), 0,
      static_cast<int>(std::min<int64_t>(trace->steps - 1, INT32_MAX)), 1, &ok);
  if (ok) controller_->jumpTo(step);
}

void MainWindow::editCondition(int line) {
  const SourceDocument* document = sourceView_->sourceDocument();
  if (!document) return;
  const std::string& file = document->info.path;
  int row = breakpointsModel_->find(file, line);
  QString current =
      row >= 0 ? breakpointsModel_->breakpoints()[static_cast<size_t>(row)].condition.c_str()
               : QString();
  bool ok = false;
  QString condition = QInputDialog::getText(
      this, tr("Breakpoint condition"),
      tr("Stop at line %1 only when this Python expression is true (empty: always):").arg(line),
      QLineEdit::Normal, current, &ok);
  if (ok) breakpointsModel_->setCondition(file, line, condition);
}

void MainWindow::setAutoplay(bool on) {
  if (on && (!controller_->trace() || controller_->trace()->steps <= 0)) on = false;
  if (on)
    autoplay_.start();
  else
    autoplay_.stop();
  if (QAction* play = action("autoplay")) {
    QSignalBlocker quiet(play);
    play->setChecked(on);
    play->setText(on ? tr("&Pause") : tr("&Play"));
  }
}

// One line per tick; a tick that finds the previous step still being computed waits.
void MainWindow::autoplayTick() {
  TraceInfoPtr trace = controller_->trace();
  if (!trace || controller_->targetStep() >= trace->steps - 1) {
    setAutoplay(false);
    return;
  }
  if (controller_->isIdle()) controller_->navigate(NavCommand::StepLine, Direction::Forward);
}

void MainWindow::zoomBy(int points) {
  zoom_ = std::clamp(zoom_ + points, -6, 24);
  applyZoom();
}

void MainWindow::setPresentationMode(bool on) {
  presentation_ = on;
  if (QAction* a = action("presentationMode")) {
    QSignalBlocker quiet(a);
    a->setChecked(on);
  }
  applyZoom();
}

// Every widget's font grows by the same number of points from the size it was made with;
// row heights follow.
void MainWindow::applyZoom() {
  int points = zoom_ + (presentation_ ? kPresentationPoints : 0);
  QList<QWidget*> widgets = findChildren<QWidget*>();
  widgets << this;
  for (QWidget* w : widgets) {
    if (w->inherits("QMenu")) continue;
    QVariant base = w->property("rewindBaseFont");
    if (!base.isValid()) {
      base = w->font().pointSizeF();
      w->setProperty("rewindBaseFont", base);
    }
    if (base.toDouble() <= 0) continue;
    QFont font = w->font();
    font.setPointSizeF(std::max(5.0, base.toDouble() + points));
    w->setFont(font);
  }
  for (QTableView* table : findChildren<QTableView*>())
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 6);
  status_->setText(points == 0 ? tr("Normal font size")
                               : tr("Fonts %1%2 points").arg(points > 0 ? "+" : "").arg(points));
}

void MainWindow::setTheme(Theme theme) {
  applyTheme(theme);
  QSettings().setValue("theme", themeKey(theme));
  if (QAction* a = action("theme" + themeKey(theme))) a->setChecked(true);
  refreshViews();
}

void MainWindow::updateHistoryActions() {
  if (QAction* back = action("back")) back->setEnabled(controller_->history().canGoBack());
  if (QAction* forward = action("forward"))
    forward->setEnabled(controller_->history().canGoForward());
}

}  // namespace rw::gui
