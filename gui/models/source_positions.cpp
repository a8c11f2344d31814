#include "gui/models/source_positions.h"

#include <algorithm>

namespace rw::gui {

namespace {

// Length of a well-formed UTF-8 sequence starting at `i`, or 0 when the bytes there are not
// one (shortest form, no surrogates, at most U+10FFFF).
size_t sequenceLength(std::string_view s, size_t i) {
  auto byte = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char lead = byte(i);
  if (lead < 0x80) return 1;
  size_t length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 ? 2 : 0;
  if (length == 0 || lead > 0xF4 || i + length > s.size()) return 0;
  for (size_t k = 1; k < length; ++k)
    if ((byte(i + k) & 0xC0) != 0x80) return 0;
  unsigned char second = byte(i + 1);
  if (lead == 0xE0 && second < 0xA0) return 0;   // overlong
  if (lead == 0xED && second >= 0xA0) return 0;  // surrogate
  if (lead == 0xF0 && second < 0x90) return 0;   // overlong
  if (lead == 0xF4 && second >= 0x90) return 0;  // above U+10FFFF
  return length;
}

}  // namespace

SourcePositions::SourcePositions(std::string_view utf8) {
  positionOfByte_.assign(utf8.size() + 1, 0);
  text_.reserve(static_cast<qsizetype>(utf8.size()));
  size_t i = 0;
  if (utf8.starts_with("\xEF\xBB\xBF")) i = 3;  // positions 0 for the mark's bytes
  lineStarts_.push_back(i);
  while (i < utf8.size()) {
    int position = static_cast<int>(text_.size());
    char c = utf8[i];
    if (c == '\r' || c == '\n') {
      size_t length = (c == '\r' && i + 1 < utf8.size() && utf8[i + 1] == '\n') ? 2 : 1;
      for (size_t k = 0; k < length; ++k)
        positionOfByte_[i + k] = position;
      text_.append(QChar('\n'));
      lineEnds_.push_back(i);
      i += length;
      lineStarts_.push_back(i);
      continue;
    }
    size_t length = sequenceLength(utf8, i);
    if (length == 0) {
      text_.append(QChar(QChar::ReplacementCharacter));
      length = 1;
    } else {
      text_.append(QString::fromUtf8(utf8.data() + i, static_cast<qsizetype>(length)));
    }
    for (size_t k = 0; k < length; ++k)
      positionOfByte_[i + k] = position;
    i += length;
  }
  lineEnds_.push_back(utf8.size());
  positionOfByte_[utf8.size()] = static_cast<int>(text_.size());
}

int SourcePositions::positionOfByte(size_t byteOffset) const {
  return positionOfByte_[std::min(byteOffset, positionOfByte_.size() - 1)];
}

int SourcePositions::position(int line, int byteColumn) const {
  if (line < 1 || line > lineCount()) return -1;
  auto index = static_cast<size_t>(line - 1);
  size_t column = static_cast<size_t>(std::max(byteColumn, 0));
  return positionOfByte(std::min(lineStarts_[index] + column, lineEnds_[index]));
}

}  // namespace rw::gui
