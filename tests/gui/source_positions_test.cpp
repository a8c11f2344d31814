// UTF-8 byte positions to text positions: multi-byte characters, characters outside the BMP
// (two UTF-16 units), line ends of every kind, a byte order mark and invalid bytes.
#include <gtest/gtest.h>

#include "gui/models/source_positions.h"

namespace rw::gui {
namespace {

TEST(SourcePositions, AsciiColumnsAreUnchanged) {
  SourcePositions p("x = 1\nprint(x)\n");
  EXPECT_EQ(p.text(), "x = 1\nprint(x)\n");
  EXPECT_EQ(p.lineCount(), 3);
  EXPECT_EQ(p.position(1, 0), 0);
  EXPECT_EQ(p.position(1, 4), 4);
  EXPECT_EQ(p.position(2, 6), 12);
  EXPECT_EQ(p.position(2, 8), 14);
  EXPECT_EQ(p.position(4, 0), -1);
  EXPECT_EQ(p.position(0, 0), -1);
}

TEST(SourcePositions, MultiByteCharactersCountOnceOrTwice) {
  // "é" is 2 bytes / 1 unit; "😀" is 4 bytes / 2 units.
  SourcePositions p("caf\xC3\xA9 = '\xF0\x9F\x98\x80'\ny = caf\xC3\xA9\n");
  EXPECT_EQ(p.text(), QString::fromUtf8("café = '😀'\ny = café\n"));
  EXPECT_EQ(p.position(1, 5), 4);    // after "café"
  EXPECT_EQ(p.position(1, 8), 7);    // the opening quote
  EXPECT_EQ(p.position(1, 9), 8);    // the emoji
  EXPECT_EQ(p.position(1, 13), 10);  // the closing quote, after the emoji's two units
  EXPECT_EQ(p.position(1, 14), 11);  // the line's end
  EXPECT_EQ(p.position(2, 4), 16);
  EXPECT_EQ(p.position(2, 9), 20);
  EXPECT_EQ(p.positionOfByte(4), 3);  // inside "é": the character's start
}

TEST(SourcePositions, EveryLineEndBecomesOneNewline) {
  SourcePositions p("a = 1\r\nb = 2\rc = 3\n");
  EXPECT_EQ(p.text(), "a = 1\nb = 2\nc = 3\n");
  EXPECT_EQ(p.position(2, 0), 6);
  EXPECT_EQ(p.position(3, 4), 16);
  EXPECT_EQ(p.position(1, 99), 5);    // past the end of the line: its end
  EXPECT_EQ(p.positionOfByte(7), 6);  // "b" after "\r\n"
}

TEST(SourcePositions, ByteOrderMarkIsLeftOut) {
  SourcePositions p("\xEF\xBB\xBFx = 1\n");
  EXPECT_EQ(p.text(), "x = 1\n");
  EXPECT_EQ(p.position(1, 0), 0);
  EXPECT_EQ(p.position(1, 4), 4);
  EXPECT_EQ(p.positionOfByte(3), 0);  // token offsets count the mark
  EXPECT_EQ(p.positionOfByte(7), 4);
}

TEST(SourcePositions, InvalidBytesBecomeReplacementCharacters) {
  SourcePositions p("s = '\xFF\xC3'\n# \xED\xA0\x80\n");
  EXPECT_EQ(p.text(), QString::fromUtf8("s = '\uFFFD\uFFFD'\n# \uFFFD\uFFFD\uFFFD\n"));
  EXPECT_EQ(p.position(1, 8), 8);
  EXPECT_EQ(p.position(2, 5), 14);
}

TEST(SourcePositions, EmptySource) {
  SourcePositions p("");
  EXPECT_EQ(p.text(), "");
  EXPECT_EQ(p.lineCount(), 1);
  EXPECT_EQ(p.position(1, 3), 0);
  EXPECT_EQ(p.positionOfByte(10), 0);
}

}  // namespace
}  // namespace rw::gui
