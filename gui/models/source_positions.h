// The bridge between the engine's positions (UTF-8 bytes: byte offsets, or 1-based lines with
// byte columns) and Qt's (UTF-16 code units in the displayed text). The displayed text is the
// source decoded leniently (one U+FFFD per invalid byte), with "\r\n" and "\r" shown as "\n"
// (Python's line ends) and a leading UTF-8 byte order mark left out.
#pragma once

#include <QString>
#include <string_view>
#include <vector>

namespace rw::gui {

class SourcePositions {
 public:
  SourcePositions() = default;
  explicit SourcePositions(std::string_view utf8);

  const QString& text() const { return text_; }
  int lineCount() const { return static_cast<int>(lineStarts_.size()); }

  // Text position of a byte offset into the source (clamped to the source).
  int positionOfByte(size_t byteOffset) const;
  // Text position of (1-based line, UTF-8 byte column); -1 for a line outside the source.
  // Columns past the line's end stop at its end.
  int position(int line, int byteColumn) const;

 private:
  QString text_;
  std::vector<int> positionOfByte_;  // one entry per source byte, plus the end
  std::vector<size_t> lineStarts_;   // byte offset where each line begins
  std::vector<size_t> lineEnds_;     // byte offset of each line's terminator (or the end)
};

}  // namespace rw::gui
