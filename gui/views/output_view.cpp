#include "gui/views/output_view.h"

#include <QFontDatabase>
#include <QTextCursor>

namespace rw::gui {

OutputView::OutputView(QWidget* parent) : QPlainTextEdit(parent) {
  setReadOnly(true);
  setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
  setPlaceholderText(tr("No output yet"));
}

void OutputView::setOutput(const std::string& stdoutText, const std::string& stderrText) {
  if (stdoutText == stdout_ && stderrText == stderr_) return;
  stdout_ = stdoutText;
  stderr_ = stderrText;
  clear();
  QTextCursor cursor(document());
  cursor.insertText(QString::fromUtf8(stdout_));
  if (!stderr_.empty()) {
    QTextCharFormat error;
    error.setForeground(QColor(190, 20, 20));
    cursor.insertText(QString::fromUtf8(stderr_), error);
  }
  ensureCursorVisible();
}

}  // namespace rw::gui
