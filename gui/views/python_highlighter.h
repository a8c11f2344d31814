// Python colouring driven by the engine's own token stream (Timeline::tokens), so what is
// coloured as a string or a comment is exactly what the tokenizer saw.
#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>
#include <vector>

#include "syntax/token.h"

namespace rw::gui {

class SourcePositions;

class PythonHighlighter : public QSyntaxHighlighter {
  Q_OBJECT

 public:
  enum class Category { Keyword, Definition, String, Number, Comment };

  explicit PythonHighlighter(QTextDocument* document);

  // Recolours the document from `tokens`; positions map their byte offsets to the text.
  void setTokens(const std::vector<syntax::Token>& tokens, const SourcePositions& positions);

  struct Range {
    int start;  // text positions, end exclusive
    int end;
    Category category;
  };
  const std::vector<Range>& ranges() const { return ranges_; }

 protected:
  void highlightBlock(const QString& text) override;

 private:
  QTextCharFormat format(Category category) const;

  std::vector<Range> ranges_;  // sorted by start, not overlapping
};

}  // namespace rw::gui
