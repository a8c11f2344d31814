// Program execution as __main__.
#include "runtime/program.h"

#include "compiler/compiler.h"
#include "objects/code.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/builtins.h"
#include "runtime/eval.h"
#include "runtime/eval_support.h"
#include "runtime/frame.h"
#include "runtime/native_guard.h"
#include "runtime/protocols.h"
#include "runtime/stdio.h"
#include "runtime/traceback.h"
#include "syntax/syntax_error.h"

namespace rw {

Value syntaxErrorObject(Interp& I, const syntax::SyntaxErrorInfo& info) {
  Type* type = info.kind == "IndentationError" ? I.exc.IndentationError
               : info.kind == "TabError"       ? I.exc.TabError
                                               : I.exc.SyntaxError;
  auto orNone = [&](int v, bool present) { return present ? newInt(I, v) : I.None(); };
  Ref filename = Ref::steal(Value(newStr(I, info.filename)));
  Ref text = info.text.empty() ? Ref::borrow(I.None()) : Ref::steal(Value(newStr(I, info.text)));
  Ref details = Ref::steal(Value(newTupleOf(
      I, {filename.get(), orNone(info.line, info.line > 0), orNone(info.col, info.line > 0),
          text.get(), orNone(info.endLine, info.endLine > 0), orNone(info.endCol, info.endLine > 0)})));
  Ref message = Ref::steal(Value(newStr(I, info.message)));
  return newException(I, type, newTupleOf(I, {message.get(), details.get()}));
}

Code* compileModuleSource(Interp& I, const std::string& source, const std::string& filename,
                          int64_t sourceId) {
  I.sourceTexts[filename] = source;
  try {
    return compileSource(I, source, filename, sourceId);
  } catch (const syntax::SyntaxError& e) {
    I.raise(syntaxErrorObject(I, e.info()));
  }
}

int reportUncaught(Interp& I, Value exception) {
  if (isInstance(I, exception, I.exc.SystemExit)) {
    Ref code = Ref::steal(getAttr(I, exception, I.intern("code")));
    if (code.get().is(I.None())) return 0;
    int64_t status;
    if (isInt(I, code.get()) && intToInt64(code.get(), status)) return static_cast<int>(status & 0xFF);
    std::string text = strString(I, code.get()) + "\n";
    writeToStream(I, stderrStream(I), text);
    return 1;
  }
  flushStream(I, stdoutStream(I));
  writeToStream(I, stderrStream(I), formatException(I, exception));
  return 1;
}

int runMainProgram(Interp& I, const std::string& path, const std::string& source,
                   const std::vector<std::string>& argv) {
  Module* main = newModule(I, "__main__");
  Ref mainRef = Ref::steal(Value(main));
  dictSetStr(I, I.modules, "__main__", Value(main));
  Ref file = Ref::steal(Value(newStr(I, path)));
  dictSetStr(I, main->dict, "__file__", file.get());
  dictSetStr(I, main->dict, "__builtins__", Value(I.builtinsModule));
  setProgramArguments(I, argv);
  int status = 0;
  try {
    Ref code = Ref::steal(Value(compileModuleSource(I, source, path, 1)));
    Ref frame = Ref::steal(Value(newFrame(I, code.as<Code>(), nullptr, main->dict, I.builtins, main->dict)));
    I.main = Interp::MainState{main, code.obj(), frame.as<Frame>()};
    Ref result = Ref::steal(runFrame(I, frame.as<Frame>()));
  } catch (PyException&) {
    Ref exc = Ref::steal(I.takePendingException());
    status = reportUncaught(I, exc.get());
  }
  I.main = Interp::MainState{};
  flushStream(I, stdoutStream(I));
  return status;
}

int resumeMainProgram(Interp& I) {
  // Adopt the references the interrupted runMainProgram held.
  Ref module = Ref::steal(Value(I.main.module));
  Ref code = Ref::steal(Value(I.main.code));
  Ref frame = Ref::steal(Value(I.main.frame));
  int status = 0;
  try {
    NativeDepthGuard guard(I, "");
    Ref result = Ref::steal(evalFrames(I, frame.as<Frame>(), I.frame));
  } catch (PyException&) {
    Ref exc = Ref::steal(I.takePendingException());
    status = reportUncaught(I, exc.get());
  }
  I.main = Interp::MainState{};
  flushStream(I, stdoutStream(I));
  return status;
}

}  // namespace rw
