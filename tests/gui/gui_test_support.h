// Shared helpers for the GUI tests: one QApplication for the whole program (offscreen),
// model testers whose complaints fail the test, and waiting for the controller's answers.
#pragma once

#include <gtest/gtest.h>

#include <QAbstractItemModel>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>
#include <string>

#include "gui/main_window.h"

namespace rw::gui::test_support {

// Spins the event loop until `done` holds; false after `timeoutMs`.
bool waitUntil(const std::function<bool()>& done, int timeoutMs = 20000);

// Opens `path` in the window (with its recording settings) and waits for the trace and (when it has
// steps) step 0.
bool openAndWait(MainWindow& window, const QString& path);

// Asks for `step` and waits until the views show it.
bool goToStep(MainWindow& window, int64_t step);

// Fails the current test for every complaint of a QAbstractItemModelTester.
class ModelCheck {
 public:
  ModelCheck();
  ~ModelCheck();
  void watch(QAbstractItemModel* model);
  void watchAllModelsOf(MainWindow& window);
  QStringList complaints() const;
};

// Runs a command that navigates (an action, a key) and waits for its arrival.
bool navigateAndWait(MainWindow& window, const std::function<void()>& command);

// The seed examples, the app's Examples menu programs, and a scratch directory per test
// program run.
std::string examplePath(const std::string& name);
QString appExamplePath(const QString& name);
QString scratchPath(const QString& name);
void writeFile(const QString& path, const std::string& bytes);

}  // namespace rw::gui::test_support
