// The error raised by every front-end stage (tokenizer, parser, symbol table, compiler) when
// the source is not valid Python, or is nested too deeply to process. The runtime turns it
// into the Python exception its kind names.
#pragma once

#include <stdexcept>
#include <string>

namespace rw::syntax {

struct SyntaxErrorInfo {
  // "SyntaxError", "IndentationError" or "TabError"; for input nested beyond the front end's
  // limits, CPython's "MemoryError" (the parser's stack, no message) or "RecursionError"
  // (compilation).
  std::string kind = "SyntaxError";
  std::string message;  // CPython 3.11's message, e.g. "invalid syntax"
  std::string filename;
  int line = 0;      // 1-based, like SyntaxError.lineno
  int col = 0;       // 1-based code point offset, like SyntaxError.offset
  int endLine = 0;   // like SyntaxError.end_lineno (0 when unknown)
  int endCol = 0;    // like SyntaxError.end_offset (0 when unknown)
  std::string text;  // the offending source line, with its newline if it had one
};

inline bool isTooDeep(const SyntaxErrorInfo& info) {
  return info.kind == "MemoryError" || info.kind == "RecursionError";
}

class SyntaxError : public std::runtime_error {
 public:
  explicit SyntaxError(SyntaxErrorInfo info)
      : std::runtime_error(info.message), info_(std::move(info)) {}
  const SyntaxErrorInfo& info() const { return info_; }

 private:
  SyntaxErrorInfo info_;
};

}  // namespace rw::syntax
