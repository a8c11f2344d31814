#include "gui/views/output_view.h"

#include <QFontDatabase>
#include <QMouseEvent>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>

namespace rw::gui {

OutputView::OutputView(QWidget* parent) : QPlainTextEdit(parent) {
  setReadOnly(true);
  setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
  setPlaceholderText(tr("No output yet"));
  setMouseTracking(true);
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
    QTextCharFormat link = error;
    link.setFontUnderline(true);
    const QStringList lines = QString::fromUtf8(stderr_).split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
      cursor.insertText(lines[i], tracebackLocation(lines[i]) ? link : error);
      if (i + 1 < lines.size()) cursor.insertText("\n", error);
    }
  }
  ensureCursorVisible();
}

std::optional<std::pair<QString, int>> OutputView::tracebackLocation(const QString& text) {
  static const QRegularExpression pattern(R"re(^\s*File "(.+)", line (\d+))re");
  QRegularExpressionMatch match = pattern.match(text);
  if (!match.hasMatch()) return std::nullopt;
  return std::pair{match.captured(1), match.captured(2).toInt()};
}

std::optional<std::pair<QString, int>> OutputView::locationAt(const QPoint& position) const {
  QTextCursor cursor = cursorForPosition(position);
  // Only standard error holds tracebacks: it follows standard output.
  if (cursor.position() < QString::fromUtf8(stdout_).size()) return std::nullopt;
  return tracebackLocation(cursor.block().text());
}

void OutputView::mouseMoveEvent(QMouseEvent* event) {
  QPlainTextEdit::mouseMoveEvent(event);
  viewport()->setCursor(locationAt(event->position().toPoint()) ? Qt::PointingHandCursor
                                                                : Qt::IBeamCursor);
}

void OutputView::mouseReleaseEvent(QMouseEvent* event) {
  QPlainTextEdit::mouseReleaseEvent(event);
  if (event->button() != Qt::LeftButton || textCursor().hasSelection()) return;
  if (auto location = locationAt(event->position().toPoint()))
    emit tracebackLineClicked(location->first, location->second);
}

}  // namespace rw::gui
