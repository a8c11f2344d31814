#include "front_end_pipeline.h"

#include <memory>

#include "compiler/compiler.h"
#include "compiler/symtable.h"
#include "objects/code.h"
#include "objects/str.h"
#include "runtime/interp.h"
#include "runtime/protocols.h"
#include "syntax/parser.h"
#include "syntax/syntax_error.h"
#include "syntax/tokenizer.h"

namespace rw::fuzz {

namespace {

constexpr const char* kFilename = "<fuzz>";

std::string describe(const syntax::SyntaxErrorInfo& error) {
  return error.kind + ": " + error.message;
}

std::string describePending(Interp& I) {
  Ref exception = Ref::steal(I.takePendingException());
  Type* type = exception.obj()->type;
  return strString(I, Value(type->name)) + ": " + strString(I, exception.get());
}

std::string tokenizeOutcome(std::string_view source, syntax::TokenizeMode mode) {
  syntax::TokenizeResult result = syntax::tokenizeUntilError(source, mode, kFilename);
  if (result.error) return describe(*result.error);
  if (mode == syntax::TokenizeMode::Display) syntax::formatTokens(result.tokens);
  return "ok";
}

std::string compileOutcome(Interp& I, std::string_view source, syntax::ParseMode mode) {
  try {
    std::unique_ptr<syntax::ParsedModule> module = syntax::parse(source, kFilename, mode);
    std::unique_ptr<SymbolTable> symbols = buildSymbolTable(*module, kFilename);
    CompileInput input;
    input.module = module.get();
    input.symbols = symbols.get();
    input.filename = kFilename;
    input.interactive = mode == syntax::ParseMode::Single;
    decref(Value(compile(I, input)));
    return "ok";
  } catch (const syntax::SyntaxError& e) {
    return describe(e.info());
  } catch (const PyException&) {
    return describePending(I);
  }
}

}  // namespace

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
