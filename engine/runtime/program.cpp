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
#include "runtime/finalizers.h"
#include "runtime/frame.h"
#include "runtime/native_guard.h"
#include "runtime/protocols.h"
#include "runtime/stdio.h"
#include "runtime/traceback.h"
#include "syntax/syntax_error.h"

namespace rw {

namespace {

// Line `line` (1-based) of a compiled file, with its line break; "" when unknown.
std::string sourceLineWithBreak(Interp& I, const std::string& filename, int line) {
  auto it = I.sourceTexts.find(filename);
  if (it == I.sourceTexts.end() || line <= 0) return "";
  std::string_view source = it->second;
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

Value syntaxErrorObject(Interp& I, const syntax::SyntaxErrorInfo& info) {
  if (info.kind == "MemoryError") return newException(I, I.exc.MemoryError, newTuple(I, 0));
  if (info.kind == "RecursionError")
    return newExceptionWithMessage(I, I.exc.RecursionError, info.message);
  Type* type = info.kind == "IndentationError" ? I.exc.IndentationError
               : info.kind == "TabError"       ? I.exc.TabError
                                               : I.exc.SyntaxError;
  Ref message = Ref::steal(Value(newStr(I, info.message)));
  // Errors of CPython's without a line: null bytes have no location at all (line 0, col 0
  // here); a bad encoding is reported on "line 0" with offset -1.
  if (info.line == 0 && info.col == 0) return newException(I, type, newTupleOf(I, {message.get()}));
  bool hasLine = info.line > 0 || info.col == -1;
  auto orNone = [&](int v, bool present) { return present ? newInt(I, v) : I.None(); };
  Ref filename = Ref::steal(Value(newStr(I, info.filename)));
  // Errors found after parsing carry no text; CPython reads the line back from the file,
  // so sources named like "<string>" (exec, eval, compile) have none.
  bool pseudoFile =
      info.filename.size() > 1 && info.filename.front() == '<' && info.filename.back() == '>';
  std::string line = !info.text.empty() ? info.text
                     : pseudoFile       ? ""
                                        : sourceLineWithBreak(I, info.filename, info.line);
  Ref text = line.empty() ? Ref::borrow(I.None()) : Ref::steal(Value(newStr(I, line)));
  Ref details = Ref::steal(Value(newTupleOf(
      I, {filename.get(), orNone(info.line, hasLine), orNone(info.col, hasLine), text.get(),
          orNone(info.endLine, info.endLine > 0), orNone(info.endCol, info.endLine > 0)})));
  return newException(I, type, newTupleOf(I, {message.get(), details.get()}));
}

Code* compileModuleSource(Interp& I, const std::string& source, const std::string& filename,
                          syntax::ParseMode mode) {
  int64_t sourceId = I.nextSourceId++;
  I.sourceTexts[filename] = source;
  if (I.observer) I.observer->onSource(sourceId, filename, source);
  try {
    return compileSource(I, source, filename, sourceId, mode);
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
  // CPython ends itself with SIGINT after an uncaught KeyboardInterrupt (its exact type, not
  // a subclass), so the shell sees 128 + SIGINT.
  return exception.asObject()->type == I.exc.KeyboardInterrupt ? 130 : 1;
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
    Ref code = Ref::steal(Value(compileModuleSource(I, source, path, syntax::ParseMode::File)));
    Ref frame = Ref::steal(Value(newFrame(I, code.as<Code>(), nullptr, main->dict, I.builtins, main->dict)));
    I.main = Interp::MainState{main, code.obj(), frame.as<Frame>()};
    Ref result = Ref::steal(runFrame(I, frame.as<Frame>()));
  } catch (PyException&) {
    Ref exc = Ref::steal(I.takePendingException());
    status = reportUncaught(I, exc.get());
  }
  I.main = Interp::MainState{};
  releaseMainGlobals(I, main);
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
  releaseMainGlobals(I, module.as<Module>());
  flushStream(I, stdoutStream(I));
  return status;
}

}  // namespace rw
