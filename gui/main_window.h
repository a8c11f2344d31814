// The debugger's window: every view of the trace in its own dock, the timeline bar below,
// and the status bar saying where the program is. It wires the controller's snapshots into
// the models; it holds no knowledge of the engine.
#pragma once

#include <QMainWindow>
#include <QString>

#include "gui/session/trace_info.h"

class QDockWidget;
class QLabel;

namespace rw::gui {

class AstModel;
class AstView;
class BytecodeModel;
class BytecodeView;
class ExceptionTableModel;
class FramesModel;
class FramesView;
class OutputView;
class SourceView;
class TimelineBar;
class TimelineController;
class ValueStackModel;
class ValueStackView;
class VariablesModel;
class VariablesView;

class MainWindow : public QMainWindow {
  Q_OBJECT

 public:
  explicit MainWindow(QWidget* parent = nullptr);
  ~MainWindow() override;

  // A Python program is recorded first; a trace is opened as it is.
  void openFile(const QString& path);

  TimelineController* controller() const { return controller_; }
  SourceView* sourceView() const { return sourceView_; }
  AstModel* astModel() const { return astModel_; }
  AstView* astView() const { return astView_; }
  BytecodeModel* bytecodeModel() const { return bytecodeModel_; }
  ExceptionTableModel* exceptionTableModel() const { return exceptionTableModel_; }
  BytecodeView* bytecodeView() const { return bytecodeView_; }
  ValueStackModel* valueStackModel() const { return valueStackModel_; }
  ValueStackView* valueStackView() const { return valueStackView_; }
  FramesModel* framesModel() const { return framesModel_; }
  FramesView* framesView() const { return framesView_; }
  VariablesModel* variablesModel() const { return variablesModel_; }
  OutputView* outputView() const { return outputView_; }
  TimelineBar* timelineBar() const { return timelineBar_; }
  QString statusText() const;
  QString traceStatusText() const;

 private:
  void createDocks();
  void createActions();
  QDockWidget* addDock(const QString& title, const QString& objectName, QWidget* view);

  void showOpenDialog();
  void showError(const QString& title, const QString& message);
  void onLoadingStarted(const QString& path);
  void onTraceOpened(TraceInfoPtr trace);
  void onOpenFailed(const QString& path, const QString& message);
  void onStateChanged(StepStatePtr state);
  void showFrame(int row);
  void showSource(int64_t sourceId);
  void clearViews();

  TimelineController* controller_;
  AstModel* astModel_;
  BytecodeModel* bytecodeModel_;
  ExceptionTableModel* exceptionTableModel_;
  ValueStackModel* valueStackModel_;
  FramesModel* framesModel_;
  VariablesModel* variablesModel_;

  SourceView* sourceView_;
  AstView* astView_;
  BytecodeView* bytecodeView_;
  ValueStackView* valueStackView_;
  FramesView* framesView_;
  VariablesView* variablesView_;
  OutputView* outputView_;
  TimelineBar* timelineBar_;
  QLabel* status_;
  QLabel* traceStatus_;

  QDockWidget* sourceDock_ = nullptr;
  QMenu* viewMenu_ = nullptr;
  TraceInfoPtr trace_;
  StepStatePtr state_;
  int64_t shownSource_ = -1;
};

}  // namespace rw::gui
