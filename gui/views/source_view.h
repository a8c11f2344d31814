// The program text with line numbers, token-based colouring, the current line and — in a
// stronger colour — the exact span of the AST node the current instruction comes from.
// Breakpoints show in the margin: a click there sets or clears one, a right-click offers a
// condition. Hovering over a name shows its value at this step.
#pragma once

#include <QPlainTextEdit>
#include <functional>
#include <set>
#include <utility>

#include "gui/models/source_positions.h"
#include "gui/models/static_text_cache.h"
#include "gui/session/trace_info.h"

namespace rw::gui {

class PythonHighlighter;

class SourceView : public QPlainTextEdit {
  Q_OBJECT

 public:
  explicit SourceView(QWidget* parent = nullptr);

  // Shows `document` (null: nothing); the caller keeps it alive while it is shown.
  void setSourceDocument(const SourceDocument* document);
  const SourceDocument* sourceDocument() const { return document_; }
  // Marks the current instruction's location; a span with line 0 clears the marks.
  void setLocation(const recorder::SourceSpan& span);

  int currentLine() const { return currentLine_; }  // 1-based, 0 for none
  // The node span as text positions [first, second); (-1, -1) for none.
  std::pair<int, int> nodeRange() const { return nodeRange_; }

  int gutterWidth() const;
  void paintGutter(QPaintEvent* event);
  void gutterClicked(QMouseEvent* event);

  void setBreakpointLines(std::set<int> lines);
  const std::set<int>& breakpointLines() const { return breakpoints_; }
  // Answers hovering: the value `name` has at this step, or an empty string for none.
  void setValueLookup(std::function<QString(const QString& name)> lookup) {
    lookup_ = std::move(lookup);
  }
  // The text of a name's tooltip at text position `position` (empty when there is none).
  QString hoverText(int position) const;

  // Edit mode: the text becomes editable and shows no step; leaving it shows the recorded
  // text again.
  void setEditing(bool on);
  bool isEditing() const { return editing_; }

 signals:
  void breakpointToggled(int line);
  void conditionRequested(int line);

 protected:
  void resizeEvent(QResizeEvent* event) override;
  bool viewportEvent(QEvent* event) override;

 private:
  void updateGutter(const QRect& rect, int dy);
  void applySelections();

  const SourceDocument* document_ = nullptr;
  SourcePositions positions_;
  PythonHighlighter* highlighter_;
  QWidget* gutter_;
  int currentLine_ = 0;
  std::pair<int, int> nodeRange_{-1, -1};
  std::set<int> breakpoints_;
  StaticTextCache lineNumbers_;
  std::function<QString(const QString&)> lookup_;
  bool editing_ = false;
};

}  // namespace rw::gui
