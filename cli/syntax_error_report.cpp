#include "syntax_error_report.h"

#include "runtime/interp.h"
#include "runtime/program.h"
#include "runtime/traceback.h"

namespace rw::cli {

std::string formatSyntaxErrorReport(Interp& I, const syntax::SyntaxErrorInfo& info,
                                    const std::string& source) {
  // The error object takes a missing source line from the interpreter's copy of the file.
  I.sourceTexts[info.filename] = source;
  Ref error = Ref::steal(syntaxErrorObject(I, info));
  // The engine's traceback printer already lays a SyntaxError out exactly like CPython.
  return formatException(I, error.get());
}

}  // namespace rw::cli
