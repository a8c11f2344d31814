// What the program has written so far: standard output, then standard error in red.
#pragma once

#include <QPlainTextEdit>
#include <string>

namespace rw::gui {

class OutputView : public QPlainTextEdit {
  Q_OBJECT

 public:
  explicit OutputView(QWidget* parent = nullptr);

  void setOutput(const std::string& stdoutText, const std::string& stderrText);
  const std::string& stdoutText() const { return stdout_; }
  const std::string& stderrText() const { return stderr_; }

 private:
  std::string stdout_;
  std::string stderr_;
};

}  // namespace rw::gui
