#include "gui/views/source_view.h"

#include <QFontDatabase>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QTextBlock>
#include <QToolTip>

#include "gui/models/model_colors.h"
#include "gui/views/python_highlighter.h"

namespace rw::gui {

namespace {

// The line-number strip left of the text; SourceView paints it.
class Gutter : public QWidget {
 public:
  explicit Gutter(SourceView* view) : QWidget(view), view_(view) {}
  QSize sizeHint() const override { return {view_->gutterWidth(), 0}; }

 protected:
  void paintEvent(QPaintEvent* event) override { view_->paintGutter(event); }
  void mousePressEvent(QMouseEvent* event) override { view_->gutterClicked(event); }

 private:
  SourceView* view_;
};

}  // namespace

SourceView::SourceView(QWidget* parent)
    : QPlainTextEdit(parent),
      highlighter_(new PythonHighlighter(document())),
      gutter_(new Gutter(this)) {
  setReadOnly(true);
  setLineWrapMode(QPlainTextEdit::NoWrap);
  // Mouse selection only: no blinking cursor, and Left/Right stay free for stepping.
  setTextInteractionFlags(Qt::TextSelectableByMouse);
  QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
  setFont(font);
  setTabStopDistance(QFontMetricsF(font).horizontalAdvance(' ') * 8);
  gutter_->setObjectName("sourceGutter");
  gutter_->setCursor(Qt::PointingHandCursor);
  gutter_->setToolTip(tr("Click to set or clear a breakpoint; right-click for a condition"));
  connect(this, &QPlainTextEdit::updateRequest, this, &SourceView::updateGutter);
  connect(this, &QPlainTextEdit::blockCountChanged, this,
          [this] { setViewportMargins(gutterWidth(), 0, 0, 0); });
  setViewportMargins(gutterWidth(), 0, 0, 0);
}

void SourceView::setSourceDocument(const SourceDocument* document) {
  document_ = document;
  positions_ = document ? SourcePositions(document->info.text) : SourcePositions();
  setPlainText(positions_.text());
  highlighter_->setTokens(document ? document->tokens : std::vector<syntax::Token>{}, positions_);
  currentLine_ = 0;
  nodeRange_ = {-1, -1};
  applySelections();
}

void SourceView::setEditing(bool on) {
  if (on == editing_) return;
  editing_ = on;
  setReadOnly(!on);
  setTextInteractionFlags(on ? Qt::TextEditorInteraction : Qt::TextSelectableByMouse);
  if (on) {
    // The token colours and step marks belong to the recorded text, not to edits.
    highlighter_->setTokens({}, positions_);
    currentLine_ = 0;
    nodeRange_ = {-1, -1};
    applySelections();
    document()->setModified(false);
  } else {
    setSourceDocument(document_);
  }
  gutter_->update();
}

void SourceView::setLocation(const recorder::SourceSpan& span) {
  if (editing_) return;
  currentLine_ = 0;
  nodeRange_ = {-1, -1};
  int lineStart = positions_.position(span.line, 0);
  if (document_ && lineStart >= 0) {
    currentLine_ = span.line;
    int start = positions_.position(span.line, span.col);
    int end = positions_.position(span.endLine, span.endCol);
    if (start >= 0 && end > start) nodeRange_ = {start, end};
    // Bring the line into view without selecting anything.
    QTextCursor cursor(document());
    cursor.setPosition(nodeRange_.first >= 0 ? nodeRange_.first : lineStart);
    setTextCursor(cursor);
    ensureCursorVisible();
  }
  applySelections();
  gutter_->update();
}

void SourceView::applySelections() {
  QList<QTextEdit::ExtraSelection> selections;
  if (currentLine_ > 0) {
    QTextEdit::ExtraSelection line;
    line.format.setBackground(colors::currentLine());
    line.format.setProperty(QTextFormat::FullWidthSelection, true);
    line.cursor = QTextCursor(document()->findBlock(positions_.position(currentLine_, 0)));
    selections << line;
  }
  if (nodeRange_.first >= 0) {
    QTextEdit::ExtraSelection node;
    node.format.setBackground(colors::currentNode());
    node.cursor = QTextCursor(document());
    node.cursor.setPosition(nodeRange_.first);
    node.cursor.setPosition(nodeRange_.second, QTextCursor::KeepAnchor);
    selections << node;
  }
  setExtraSelections(selections);
}

int SourceView::gutterWidth() const {
  int digits = QString::number(std::max(1, blockCount())).size();
  return 12 + fontMetrics().horizontalAdvance(QLatin1Char('9')) * (digits + 3);
}

void SourceView::setBreakpointLines(std::set<int> lines) {
  breakpoints_ = std::move(lines);
  gutter_->update();
}

void SourceView::gutterClicked(QMouseEvent* event) {
  QTextCursor cursor = cursorForPosition(QPoint(0, static_cast<int>(event->position().y())));
  int line = cursor.blockNumber() + 1;
  if (!document_ || line < 1 || line > blockCount()) return;
  if (event->button() == Qt::LeftButton) emit breakpointToggled(line);
  if (event->button() == Qt::RightButton) emit conditionRequested(line);
}

QString SourceView::hoverText(int position) const {
  if (!lookup_ || position < 0 || editing_) return {};
  const QString text = document()->toPlainText();
  auto isNameChar = [&](int i) {
    return i >= 0 && i < text.size() && (text[i].isLetterOrNumber() || text[i] == '_');
  };
  if (!isNameChar(position)) return {};
  int start = position, end = position;
  while (isNameChar(start - 1))
    --start;
  while (isNameChar(end))
    ++end;
  QString name = text.mid(start, end - start);
  if (name.isEmpty() || name[0].isDigit()) return {};
  QString value = lookup_(name);
  return value.isEmpty() ? QString() : name + " = " + value;
}

bool SourceView::viewportEvent(QEvent* event) {
  if (event->type() == QEvent::ToolTip) {
    auto* help = static_cast<QHelpEvent*>(event);
    QPoint inViewport = help->pos();
    QTextCursor cursor = cursorForPosition(inViewport);
    // cursorForPosition rounds to the nearest gap; the character is the one under the mouse.
    int position = cursor.position();
    QRect box = cursorRect(cursor);
    if (inViewport.x() < box.left() && position > 0) --position;
    QString tip = hoverText(position);
    if (tip.isEmpty())
      QToolTip::hideText();
    else
      QToolTip::showText(help->globalPos(), tip.toHtmlEscaped().prepend("<code>").append("</code>"),
                         this);
    return true;
  }
  return QPlainTextEdit::viewportEvent(event);
}

void SourceView::updateGutter(const QRect& rect, int dy) {
  if (dy)
    gutter_->scroll(0, dy);
  else
    gutter_->update(0, rect.y(), gutter_->width(), rect.height());
}

void SourceView::resizeEvent(QResizeEvent* event) {
  QPlainTextEdit::resizeEvent(event);
  QRect area = contentsRect();
  gutter_->setGeometry(QRect(area.left(), area.top(), gutterWidth(), area.height()));
}

void SourceView::paintGutter(QPaintEvent* event) {
  QPainter painter(gutter_);
  painter.fillRect(event->rect(), palette().color(QPalette::Window));
  painter.setFont(font());
  QTextBlock block = firstVisibleBlock();
  int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
  int height = fontMetrics().height();
  while (block.isValid() && top <= event->rect().bottom()) {
    int bottom = top + qRound(blockBoundingRect(block).height());
    int line = block.blockNumber() + 1;
    if (block.isVisible() && bottom >= event->rect().top()) {
      bool current = line == currentLine_;
      if (breakpoints_.count(line)) {
        painter.save();
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(colors::breakpoint());
        double size = height * 0.62;
        painter.drawEllipse(QRectF(3 + fontMetrics().horizontalAdvance(QLatin1Char('9')) * 1.2,
                                   top + (height - size) / 2, size, size));
        painter.restore();
      }
      painter.setPen(current ? palette().color(QPalette::Text)
                             : palette().color(QPalette::PlaceholderText));
      // Laid out once per number: the gutter repaints with every step.
      const QStaticText& number = lineNumbers_.text(QString::number(line), font());
      painter.drawStaticText(QPointF(gutter_->width() - 6 - number.size().width(), top), number);
      if (current)
        painter.drawText(2, top, gutter_->width(), height, Qt::AlignLeft, QStringLiteral("▶"));
    }
    block = block.next();
    top = bottom;
  }
}

}  // namespace rw::gui
