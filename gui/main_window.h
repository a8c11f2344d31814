// The debugger's window: every view of the trace in a dock the user can arrange (the layout
// is remembered), the timeline bar below, menus and toolbars for navigation, and the status
// bar saying where the program is. It wires the controller's snapshots into the models; it
// holds no knowledge of the engine.
#pragma once

#include <QKeySequence>
#include <QMainWindow>
#include <QString>
#include <QTimer>
#include <cstdint>
#include <functional>
#include <optional>

#include "gui/app/theme.h"
#include "gui/session/navigation_request.h"
#include "gui/session/program_recording.h"
#include "gui/session/trace_info.h"

class QDockWidget;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace rw::gui {

class AstModel;
class AstView;
class BreakpointsModel;
class BreakpointsView;
class BytecodeModel;
class BytecodeView;
class ExceptionTableModel;
class CodeFieldsModel;
class FramesModel;
class FramesView;
class HeapView;
class OutputView;
class SourceView;
class SymbolsModel;
class SymbolsView;
class TimelineBar;
class TextLine;
class TimelineController;
class TokensModel;
class TokensView;
class ValueStackModel;
class ValueStackView;
class VariablesModel;
class VariablesView;

class MainWindow : public QMainWindow {
  Q_OBJECT

 public:
  explicit MainWindow(QWidget* parent = nullptr);
  ~MainWindow() override;

  // A Python program is recorded first (with the current recording settings); a trace is
  // opened as it is.
  void openFile(const QString& path);
  // The folder of the Examples menu's programs.
  static QString examplesDirectory();

  TimelineController* controller() const { return controller_; }
  SourceView* sourceView() const { return sourceView_; }
  AstModel* astModel() const { return astModel_; }
  AstView* astView() const { return astView_; }
  BytecodeModel* bytecodeModel() const { return bytecodeModel_; }
  ExceptionTableModel* exceptionTableModel() const { return exceptionTableModel_; }
  CodeFieldsModel* codeFieldsModel() const { return codeFieldsModel_; }
  BytecodeView* bytecodeView() const { return bytecodeView_; }
  ValueStackModel* valueStackModel() const { return valueStackModel_; }
  ValueStackView* valueStackView() const { return valueStackView_; }
  FramesModel* framesModel() const { return framesModel_; }
  FramesView* framesView() const { return framesView_; }
  VariablesModel* variablesModel() const { return variablesModel_; }
  VariablesView* variablesView() const { return variablesView_; }
  TokensModel* tokensModel() const { return tokensModel_; }
  TokensView* tokensView() const { return tokensView_; }
  SymbolsModel* symbolsModel() const { return symbolsModel_; }
  BreakpointsModel* breakpointsModel() const { return breakpointsModel_; }
  HeapView* heapView() const { return heapView_; }
  OutputView* outputView() const { return outputView_; }
  TimelineBar* timelineBar() const { return timelineBar_; }
  QString statusText() const;
  QString traceStatusText() const;
  // The action with this object name ("stepOver", "reverseContinue", ...), for tests.
  QAction* action(const QString& name) const;

  RecordingSettings recordingSettings() const { return recordingSettings_; }
  void setRecordingSettings(const RecordingSettings& settings) { recordingSettings_ = settings; }
  // Font size added to every view (presentation mode adds more).
  void zoomBy(int points);
  int zoom() const { return zoom_; }
  void setPresentationMode(bool on);
  void setTheme(Theme theme);
  void setAutoplay(bool on);
  bool isAutoplaying() const { return autoplay_.isActive(); }
  // Shows the dock of the named view ("heapDock", ...) in front of its tab group.
  void raiseDock(const QString& objectName);
  // Moves the views to the current step again (after a theme or font change).
  void refreshViews();

 protected:
  void closeEvent(QCloseEvent* event) override;
  void dragEnterEvent(QDragEnterEvent* event) override;
  void dropEvent(QDropEvent* event) override;

 private:
  // Saved layouts from a window with other docks are not restored.
  static constexpr int kLayoutVersion = 2;

  // main_window.cpp: views and what they show.
  void createDocks();
  QDockWidget* addDock(const QString& title, const QString& objectName, QWidget* view);
  void connectViews();
  void showError(const QString& title, const QString& message);
  void onLoadingStarted(const QString& path);
  void onLoadingEnded();
  void onTraceOpened(TraceInfoPtr trace);
  void onOpenFailed(const QString& path, const QString& message);
  void onStateChanged(StepStatePtr state);
  void onNavigated(NavResultPtr result);
  void showOutput();
  void showFrame(int row);
  void showSource(int64_t sourceId);
  void showBreakpoints();
  void clearViews();
  QString valueOfName(const QString& name) const;
  void saveLayout();
  void restoreLayout();

  // main_window_actions.cpp: menus, toolbars and what they do.
  void createActions();
  void createFileMenu();
  void createGoMenu();
  void createViewMenu();
  QAction* addAction(QMenu* menu, const QString& name, const QString& text, const QKeySequence& key,
                     std::function<void()> handler);
  void addNavigation(QMenu* menu, const QString& name, NavCommand command,
                     recorder::Direction direction, const QKeySequence& key);
  void showOpenDialog();
  void showRecordDialog(const QString& program);
  void rerecord();
  // Edit mode of the Source view, for the program's own files (not Rewind's modules).
  void setSourceEditing(bool on);
  // Asks, then saves the edited source over its file and records the program again.
  void saveAndRecordEdits();
  void updateRecentMenu();
  void fillExamplesMenu(QMenu* menu);
  void showGoToStepDialog();
  void editCondition(int line);
  void autoplayTick();
  void applyZoom();
  void updateHistoryActions();

  TimelineController* controller_;
  AstModel* astModel_;
  BytecodeModel* bytecodeModel_;
  ExceptionTableModel* exceptionTableModel_;
  CodeFieldsModel* codeFieldsModel_;
  ValueStackModel* valueStackModel_;
  FramesModel* framesModel_;
  VariablesModel* variablesModel_;
  TokensModel* tokensModel_;
  SymbolsModel* symbolsModel_;
  BreakpointsModel* breakpointsModel_;

  SourceView* sourceView_;
  AstView* astView_;
  BytecodeView* bytecodeView_;
  ValueStackView* valueStackView_;
  FramesView* framesView_;
  VariablesView* variablesView_;
  TokensView* tokensView_;
  SymbolsView* symbolsView_;
  BreakpointsView* breakpointsView_;
  HeapView* heapView_;
  OutputView* outputView_;
  TimelineBar* timelineBar_;
  TextLine* status_;  // changes at every step: not a QLabel (see text_line.h)
  QLabel* traceStatus_;
  QProgressBar* progress_;
  QPushButton* cancel_;

  QDockWidget* sourceDock_ = nullptr;
  QMenu* viewMenu_ = nullptr;
  QMenu* recentMenu_ = nullptr;
  QSpinBox* speed_ = nullptr;
  TraceInfoPtr trace_;
  StepStatePtr state_;
  int64_t shownSource_ = -1;
  int shownFrame_ = 0;
  QString program_;                      // the Python program last recorded, for re-recording
  std::optional<int64_t> returnToStep_;  // where to go once a re-recording opens
  RecordingSettings recordingSettings_;
  QByteArray defaultLayout_;
  int zoom_ = 0;
  bool presentation_ = false;
  QTimer autoplay_;
};

}  // namespace rw::gui
