// What the program has written so far: standard output, then standard error in red. The
// lines of a traceback ('File "x.py", line 3, in f') are links: clicking one asks to go to
// the last time that line ran.
#pragma once

#include <QPlainTextEdit>
#include <optional>
#include <string>
#include <utility>

namespace rw::gui {

class OutputView : public QPlainTextEdit {
  Q_OBJECT

 public:
  explicit OutputView(QWidget* parent = nullptr);

  void setOutput(const std::string& stdoutText, const std::string& stderrText);
  const std::string& stdoutText() const { return stdout_; }
  const std::string& stderrText() const { return stderr_; }

  // The file and line a traceback line names, if `text` is one.
  static std::optional<std::pair<QString, int>> tracebackLocation(const QString& text);

 signals:
  void tracebackLineClicked(const QString& file, int line);

 protected:
  void mouseMoveEvent(QMouseEvent* event) override;
  void mouseReleaseEvent(QMouseEvent* event) override;

 private:
  std::optional<std::pair<QString, int>> locationAt(const QPoint& position) const;

  std::string stdout_;
  std::string stderr_;
};

}  // namespace rw::gui
