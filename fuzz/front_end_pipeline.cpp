#include "front_end_pipeline.h"

#include "compiler/compiler.h"
#include "objects/code.h"
#include "objects/str.h"
#include "runtime/interp.h"
#include "runtime/protocols.h"
#include "syntax/syntax_error.h"

namespace rw::fuzz {

namespace {

constexpr const char* kFilename = "<fuzz>";

// "Kind: message", or the kind alone when the message is empty (as CPython prints it).
std::string kindAndMessage(const std::string& kind, const std::string& message) {
  return message.empty() ? kind : kind + ": " + message;
}

std::string describe(const syntax::SyntaxErrorInfo& error) {
  return kindAndMessage(error.kind, error.message);
}

std::string describePending(Interp& I) {
  Ref exception = Ref::steal(I.takePendingException());
  Type* type = exception.obj()->type;
  return kindAndMessage(strString(I, Value(type->name)), strString(I, exception.get()));
}

}  // namespace

std::string tokenizeOutcome(std::string_view source, syntax::TokenizeMode mode) {
  syntax::TokenizeResult result = syntax::tokenizeUntilError(source, mode, kFilename);
  if (result.error) return describe(*result.error);
  if (mode == syntax::TokenizeMode::Display) syntax::formatTokens(result.tokens);
  return "ok";
}

std::string compileOutcome(Interp& I, std::string_view source, syntax::ParseMode mode) {
  try {
    decref(Value(compileSource(I, source, kFilename, 0, mode)));
    return "ok";
  } catch (const syntax::SyntaxError& e) {
    return describe(e.info());
  } catch (const PyException&) {
    return describePending(I);
  }
}

FrontEndOutcome runFrontEnd(Interp& I, std::string_view source) {
  FrontEndOutcome outcome;
  outcome.parseTokens = tokenizeOutcome(source, syntax::TokenizeMode::Parse);
  outcome.displayTokens = tokenizeOutcome(source, syntax::TokenizeMode::Display);
  outcome.exec = compileOutcome(I, source, syntax::ParseMode::Exec);
  outcome.eval = compileOutcome(I, source, syntax::ParseMode::Eval);
  outcome.single = compileOutcome(I, source, syntax::ParseMode::Single);
  return outcome;
}

}  // namespace rw::fuzz
