#include "gui/views/python_highlighter.h"

#include "gui/models/model_colors.h"

#include <QTextBlock>
#include <algorithm>
#include <array>
#include <optional>
#include <string_view>

#include "gui/models/source_positions.h"

namespace rw::gui {

namespace {

// keyword.kwlist of Python 3.11. Soft keywords (match, case, _) are names almost everywhere,
// so they stay uncoloured.
constexpr std::array<std::string_view, 35> kKeywords = {
    "False", "None",     "True",  "and",    "as",   "assert", "async",  "await",    "break",
    "class", "continue", "def",   "del",    "elif", "else",   "except", "finally",  "for",
    "from",  "global",   "if",    "import", "in",   "is",     "lambda", "nonlocal", "not",
    "or",    "pass",     "raise", "return", "try",  "while",  "with",   "yield"};

bool isKeyword(std::string_view word) {
  return std::find(kKeywords.begin(), kKeywords.end(), word) != kKeywords.end();
}

}  // namespace

PythonHighlighter::PythonHighlighter(QTextDocument* document) : QSyntaxHighlighter(document) {}

void PythonHighlighter::setTokens(const std::vector<syntax::Token>& tokens,
                                  const SourcePositions& positions) {
  ranges_.clear();
  bool afterDefOrClass = false;
  for (const syntax::Token& token : tokens) {
    std::optional<Category> category;
    switch (token.type) {
      case syntax::TokenType::NAME:
        if (isKeyword(token.text)) {
          category = Category::Keyword;
        } else if (afterDefOrClass) {
          category = Category::Definition;
        }
        break;
      case syntax::TokenType::STRING:
        category = Category::String;
        break;
      case syntax::TokenType::NUMBER:
        category = Category::Number;
        break;
      case syntax::TokenType::COMMENT:
        category = Category::Comment;
        break;
      default:
        break;
    }
    afterDefOrClass =
        token.type == syntax::TokenType::NAME && (token.text == "def" || token.text == "class");
    if (!category) continue;
    int start = positions.positionOfByte(token.start.offset);
    int end = positions.positionOfByte(token.end.offset);
    if (end > start) ranges_.push_back({start, end, *category});
  }
  rehighlight();
}

void PythonHighlighter::highlightBlock(const QString& text) {
  int blockStart = currentBlock().position();
  int blockEnd = blockStart + static_cast<int>(text.size());
  // The first range that ends inside or after this block.
  auto it = std::upper_bound(ranges_.begin(), ranges_.end(), blockStart,
                             [](int position, const Range& range) { return position < range.end; });
  for (; it != ranges_.end() && it->start < blockEnd; ++it) {
    int start = std::max(it->start, blockStart);
    int end = std::min(it->end, blockEnd);
    setFormat(start - blockStart, end - start, format(it->category));
  }
}

QTextCharFormat PythonHighlighter::format(Category category) const {
  QTextCharFormat f;
  switch (category) {
    case Category::Keyword:
      f.setForeground(colors::pick(QColor(0, 51, 179), QColor(120, 160, 255)));
      f.setFontWeight(QFont::Bold);
      break;
    case Category::Definition:
      f.setForeground(colors::pick(QColor(0, 110, 130), QColor(90, 200, 215)));
      f.setFontWeight(QFont::Bold);
      break;
    case Category::String:
      f.setForeground(colors::pick(QColor(6, 125, 23), QColor(120, 210, 120)));
      break;
    case Category::Number:
      f.setForeground(colors::pick(QColor(23, 80, 235), QColor(150, 180, 255)));
      break;
    case Category::Comment:
      f.setForeground(colors::pick(QColor(128, 128, 128), QColor(150, 150, 150)));
      f.setFontItalic(true);
      break;
  }
  return f;
}

}  // namespace rw::gui
