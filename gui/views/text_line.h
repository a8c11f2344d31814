// One line of text that changes at every step without relaying the window out. A QLabel asks
// every enclosing layout up to the main window to recompute whenever its text changes (about
// a millisecond a step); this line's size hint is one line of its font whatever the text, so
// a new text only repaints it. Runs may be bold; text wider than the line is elided (the
// whole text is then its tooltip).
#pragma once

#include <QString>
#include <QWidget>
#include <vector>

#include "gui/models/static_text_cache.h"

namespace rw::gui {

class TextLine : public QWidget {
  Q_OBJECT

 public:
  struct Run {
    QString text;
    bool bold = false;
  };

  explicit TextLine(QWidget* parent = nullptr);

  void setText(const QString& text) { setRuns({{text, false}}); }
  void setRuns(std::vector<Run> runs);
  void clear() { setRuns({}); }
  QString text() const;  // the runs joined, without formatting

  QSize sizeHint() const override;
  QSize minimumSizeHint() const override;

 protected:
  void paintEvent(QPaintEvent* event) override;
  void changeEvent(QEvent* event) override;

 private:
  QFont fontOf(const Run& run) const;
  double naturalWidth();

  std::vector<Run> runs_;
  StaticTextCache texts_;
};

}  // namespace rw::gui
