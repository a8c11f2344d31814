#include "gui_test_support.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QMutex>
#include <QTemporaryDir>
#include <QThread>

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

namespace rw::gui::test_support {

namespace {

// The application lives from before the first test to after the last one.
class QtEnvironment : public ::testing::Environment {
 public:
  void SetUp() override {
    static int argc = 1;
    static char name[] = "test_gui";
    static char* argv[] = {name, nullptr};
    qputenv("QT_QPA_PLATFORM", "offscreen");
    // Settings (layout, recent files, theme) go to a scratch folder, not the user's.
    qputenv("XDG_CONFIG_HOME", settingsDirectory_.path().toLocal8Bit());
    app_ = std::make_unique<QApplication>(argc, argv);
    QApplication::setOrganizationName("rewind-tests");
    QApplication::setApplicationName("test_gui");
  }
  void TearDown() override { app_.reset(); }

 private:
  QTemporaryDir settingsDirectory_;
  std::unique_ptr<QApplication> app_;
};

[[maybe_unused]] ::testing::Environment* const kQtEnvironment =
    ::testing::AddGlobalTestEnvironment(new QtEnvironment);

QMutex complaintsMutex;
QStringList complaintsSeen;
QtMessageHandler previousHandler = nullptr;

void recordComplaint(QtMsgType type, const QMessageLogContext& context, const QString& message) {
  if (context.category && QByteArray(context.category) == "qt.modeltest") {
    QMutexLocker lock(&complaintsMutex);
    complaintsSeen << message;
  }
  if (previousHandler) previousHandler(type, context, message);
}

}  // namespace

bool waitUntil(const std::function<bool()>& done, int timeoutMs) {
  QElapsedTimer timer;
  timer.start();
  while (!done()) {
    if (timer.elapsed() > timeoutMs) return false;
    QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    QThread::msleep(1);
  }
  return true;
}

bool openAndWait(MainWindow& window, const QString& path) {
  TimelineController* controller = window.controller();
  window.openFile(path);
  return waitUntil([&] {
    if (controller->isLoading() || !controller->trace()) return false;
    return controller->trace()->steps == 0 || (controller->isIdle() && controller->state());
  });
}

bool goToStep(MainWindow& window, int64_t step) {
  TimelineController* controller = window.controller();
  controller->requestStep(step);
  return waitUntil([&] {
    return controller->isIdle() && controller->state() && controller->state()->step == step;
  });
}

ModelCheck::ModelCheck() {
  QMutexLocker lock(&complaintsMutex);
  complaintsSeen.clear();
  previousHandler = qInstallMessageHandler(recordComplaint);
}

ModelCheck::~ModelCheck() {
  qInstallMessageHandler(previousHandler);
  for (const QString& complaint : complaints())
    ADD_FAILURE() << "model tester: " << complaint.toStdString();
}

void ModelCheck::watch(QAbstractItemModel* model) {
  new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::Warning,
                               model);
}

void ModelCheck::watchAllModelsOf(MainWindow& window) {
  watch(window.astModel());
  watch(window.bytecodeModel());
  watch(window.exceptionTableModel());
  watch(window.codeFieldsModel());
  watch(window.valueStackModel());
  watch(window.framesModel());
  watch(window.variablesModel());
  watch(window.tokensModel());
  watch(window.symbolsModel());
  watch(window.breakpointsModel());
}

QStringList ModelCheck::complaints() const {
  QMutexLocker lock(&complaintsMutex);
  return complaintsSeen;
}

std::string examplePath(const std::string& name) {
  return std::string(REWIND_SHARED_DIR) + "/seed/examples/" + name;
}

QString appExamplePath(const QString& name) {
  return QString(REWIND_SOURCE_DIR) + "/resources/examples/" + name;
}

bool navigateAndWait(MainWindow& window, const std::function<void()>& command) {
  TimelineController* controller = window.controller();
  bool arrived = false;
  QMetaObject::Connection c = QObject::connect(controller, &TimelineController::navigated,
                                               [&](NavResultPtr) { arrived = true; });
  command();
  bool ok = waitUntil([&] { return arrived && controller->isIdle(); });
  QObject::disconnect(c);
  return ok;
}

QString scratchPath(const QString& name) {
  static QTemporaryDir directory;
  return directory.filePath(name);
}

void writeFile(const QString& path, const std::string& bytes) {
  QFile file(path);
  ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
  file.write(bytes.data(), static_cast<qint64>(bytes.size()));
}

}  // namespace rw::gui::test_support
