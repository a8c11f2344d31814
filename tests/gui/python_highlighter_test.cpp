// Token-driven colouring: keywords, definitions, strings across lines, comments, numbers, and
// the formats the highlighter actually applies to the document's blocks.
#include <gtest/gtest.h>

#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

#include "gui/models/source_positions.h"
#include "gui/views/python_highlighter.h"
#include "gui_test_support.h"
#include "syntax/tokenizer.h"

namespace rw::gui {
namespace {

using Category = PythonHighlighter::Category;

struct Coloured {
  QString text;
  Category category;
  bool operator==(const Coloured&) const = default;
};

TEST(PythonHighlighter, ColoursWhatTheTokenizerSaw) {
  std::string source =
      "def f\xC3\xA9(x):  # note\n    s = '''a\nb'''\n    return x + 0x1F if s else None\n";
  SourcePositions positions(source);
  QTextDocument document(positions.text());
  PythonHighlighter highlighter(&document);
  highlighter.setTokens(syntax::tokenize(source, syntax::TokenizeMode::Display, "<test>"),
                        positions);

  std::vector<Coloured> coloured;
  for (const auto& range : highlighter.ranges())
    coloured.push_back(
        {positions.text().mid(range.start, range.end - range.start), range.category});
  std::vector<Coloured> expected = {
      {"def", Category::Keyword},    {QString::fromUtf8("fé"), Category::Definition},
      {"# note", Category::Comment}, {"'''a\nb'''", Category::String},
      {"return", Category::Keyword}, {"0x1F", Category::Number},
      {"if", Category::Keyword},     {"else", Category::Keyword},
      {"None", Category::Keyword},
  };
  EXPECT_EQ(coloured, expected);

  // The triple-quoted string is coloured on both of its lines.
  auto formatAt = [&](int position) {
    QTextBlock block = document.findBlock(position);
    for (const QTextLayout::FormatRange& range : block.layout()->formats()) {
      int inBlock = position - block.position();
      if (inBlock >= range.start && inBlock < range.start + range.length) return range.format;
    }
    return QTextCharFormat();
  };
  int stringStart = static_cast<int>(positions.text().indexOf("'''a"));
  int secondLine = static_cast<int>(positions.text().indexOf("b'''"));
  EXPECT_EQ(formatAt(stringStart).foreground(), formatAt(secondLine).foreground());
  EXPECT_NE(formatAt(stringStart).foreground(), QTextCharFormat().foreground());
  EXPECT_EQ(formatAt(static_cast<int>(positions.text().indexOf("s ="))).foreground(),
            QTextCharFormat().foreground());
}

TEST(PythonHighlighter, NoTokensNoColours) {
  SourcePositions positions("x = (\n");
  QTextDocument document(positions.text());
  PythonHighlighter highlighter(&document);
  highlighter.setTokens({}, positions);
  EXPECT_TRUE(highlighter.ranges().empty());
}

}  // namespace
}  // namespace rw::gui
