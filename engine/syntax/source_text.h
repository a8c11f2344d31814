// Helpers both tokenizers use to measure and quote source text that may hold invalid UTF-8:
// CPython decodes such text with the "replace" error handler when it reports positions and
// error lines, so columns and quoted lines follow that decoder.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "support/utf8.h"

namespace rw::syntax {

// Number of characters `bytes` decodes to with errors="replace" (one U+FFFD per invalid
// sequence, as CPython's UTF-8 decoder delimits them).
int countColumnsLenient(std::string_view bytes);

// Appends `bytes` decoded with errors="replace", re-encoded as UTF-8.
void appendLenientUtf8(std::string_view bytes, std::string& out);
std::string lenientUtf8(std::string_view bytes);

// The text of the UnicodeDecodeError CPython raises for this error in `bytes`, e.g.
// "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte".
std::string describeUtf8Error(std::string_view bytes, const support::Utf8Error& error);

// Counts the columns of successive byte offsets of one line without rescanning it: offsets
// asked for in increasing order cost linear time in total.
class ColumnCounter {
 public:
  void reset(std::string_view line);
  int columnAt(size_t byteOffset);

 private:
  std::string_view line_;
  bool ascii_ = true;
  size_t lastByte_ = 0;
  int lastColumn_ = 0;
};

}  // namespace rw::syntax
