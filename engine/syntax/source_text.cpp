#include "syntax/source_text.h"

#include <cstdio>

namespace rw::syntax {
namespace {

constexpr std::string_view kReplacementUtf8 = "\xEF\xBF\xBD";

bool isAsciiOnly(std::string_view bytes) {
  for (char ch : bytes) {
    if (static_cast<unsigned char>(ch) >= 0x80) return false;
  }
  return true;
}

}  // namespace

int countColumnsLenient(std::string_view bytes) {
  int columns = 0;
  while (!bytes.empty()) {
    auto error = support::validateUtf8(bytes);
    if (!error) return columns + static_cast<int>(support::countCodePoints(bytes));
    columns += static_cast<int>(support::countCodePoints(bytes.substr(0, error->offset))) + 1;
    bytes.remove_prefix(error->end);
  }
  return columns;
}

void appendLenientUtf8(std::string_view bytes, std::string& out) {
  while (!bytes.empty()) {
    auto error = support::validateUtf8(bytes);
    if (!error) {
      out.append(bytes);
      return;
    }
    out.append(bytes.substr(0, error->offset));
    out.append(kReplacementUtf8);
    bytes.remove_prefix(error->end);
  }
}

std::string lenientUtf8(std::string_view bytes) {
  std::string out;
  appendLenientUtf8(bytes, out);
  return out;
}

std::string describeUtf8Error(std::string_view bytes, const support::Utf8Error& error) {
  char buffer[96];
  if (error.end - error.offset == 1) {
    std::snprintf(buffer, sizeof buffer, "'utf-8' codec can't decode byte 0x%02x in position %zu: ",
                  static_cast<unsigned char>(bytes[error.offset]), error.offset);
  } else {
    std::snprintf(buffer, sizeof buffer,
                  "'utf-8' codec can't decode bytes in position %zu-%zu: ", error.offset,
                  error.end - 1);
  }
  return buffer + error.reason;
}

void ColumnCounter::reset(std::string_view line) {
  line_ = line;
  ascii_ = isAsciiOnly(line);
  lastByte_ = 0;
  lastColumn_ = 0;
}

int ColumnCounter::columnAt(size_t byteOffset) {
  if (byteOffset > line_.size()) byteOffset = line_.size();
  if (ascii_) return static_cast<int>(byteOffset);
  if (byteOffset < lastByte_) {
    lastByte_ = 0;
    lastColumn_ = 0;
  }
  // Advance only from a character boundary so that a sequence is never split in two.
  lastColumn_ += countColumnsLenient(line_.substr(lastByte_, byteOffset - lastByte_));
  lastByte_ = byteOffset;
  return lastColumn_;
}

}  // namespace rw::syntax
