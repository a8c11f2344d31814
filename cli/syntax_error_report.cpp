#include "syntax_error_report.h"

#include "runtime/interp.h"
#include "runtime/program.h"
#include "runtime/traceback.h"

namespace rw::cli {

namespace {

// Line `line` (1-based) of `source` with its line break, or "" when there is none.
std::string sourceLine(std::string_view source, int line) {
  size_t start = 0;
  for (int i = 1; i < line; ++i) {
    size_t next = source.find('\n', start);
    if (next == std::string_view::npos) return "";
    start = next + 1;
  }
  if (start >= source.size()) return "";
  size_t end = source.find('\n', start);
  return std::string(source.substr(start, end == std::string_view::npos ? end : end - start + 1));
}

}  // namespace

std::string formatSyntaxErrorReport(Interp& I, syntax::SyntaxErrorInfo info,
                                    std::string_view source) {
  if (info.text.empty() && info.line > 0) info.text = sourceLine(source, info.line);
  // The engine's traceback printer already lays a SyntaxError out exactly like CPython.
  Ref error = Ref::steal(syntaxErrorObject(I, info));
  return formatException(I, error.get());
}

}  // namespace rw::cli
