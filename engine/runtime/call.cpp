// Binding call arguments to a function's parameters (CPython's rules and messages), and
// calls from native code into Python functions.
#include <algorithm>

#include "objects/cell.h"
#include "objects/code.h"
#include "objects/dict.h"
#include "objects/function.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/eval.h"
#include "runtime/protocols.h"

namespace rw {

namespace {

std::string quotedList(const std::vector<std::string>& names) {
  std::string out;
  for (size_t i = 0; i < names.size(); ++i) {
    if (i) out += names.size() == 2 ? " and " : (i + 1 == names.size() ? ", and " : ", ");
    out += "'" + names[i] + "'";
  }
  return out;
}

[[noreturn]] void missingArguments(Interp& I, Function* f, const std::vector<std::string>& names,
                                   bool keywordOnly) {
  std::string kind = keywordOnly ? "keyword-only" : "positional";
  std::string plural = names.size() == 1 ? "argument" : "arguments";
  raiseTypeError(I, std::string(f->qualname->view()) + "() missing " +
                        std::to_string(names.size()) + " required " + kind + " " + plural + ": " +
                        quotedList(names));
}

[[noreturn]] void tooManyPositional(Interp& I, Function* f, size_t given, size_t kwGiven) {
  Code* c = f->code;
  size_t defaults = f->defaults ? static_cast<size_t>(f->defaults->size) : 0;
  size_t maxPositional = static_cast<size_t>(c->argcount);
  size_t minPositional = maxPositional - std::min(defaults, maxPositional);
  std::string takes;
  if (minPositional < maxPositional)
    takes = "from " + std::to_string(minPositional) + " to " + std::to_string(maxPositional);
  else
    takes = std::to_string(maxPositional);
  std::string plural = (maxPositional == 1 && minPositional == maxPositional) ? "" : "s";
  std::string message = std::string(f->qualname->view()) + "() takes " + takes + " positional argument" +
                        plural + " but " + std::to_string(given);
  if (kwGiven) {
    message += " positional argument" + std::string(given == 1 ? "" : "s") + " (and " +
               std::to_string(kwGiven) + " keyword-only argument" + (kwGiven == 1 ? "" : "s") +
               ") were given";
  } else {
    message += given == 1 ? " was given" : " were given";
  }
  raiseTypeError(I, message);
}

}  // namespace

Frame* frameForCall(Interp& I, Function* f, CallArgs args) {
  Code* c = f->code;
  Frame* frame = newFrame(I, c, f, f->globals, f->builtins, nullptr);
  Ref frameRef = Ref::steal(Value(frame));
  Value* locals = frame->localsplus();
  const size_t argcount = static_cast<size_t>(c->argcount);
  const size_t kwonly = static_cast<size_t>(c->kwonlyargcount);
  const bool hasVarargs = c->flags & kCoVarargs;
  const bool hasVarkw = c->flags & kCoVarkeywords;
  const size_t nkw = args.nkw();

  // The common case: exactly the positional parameters, nothing else.
  if (nkw == 0 && args.nargs == argcount && kwonly == 0 && !hasVarargs && !hasVarkw) {
    for (size_t i = 0; i < argcount; ++i) locals[i] = newRef(args.args[i]);
  } else {
    size_t positional = std::min(args.nargs, argcount);
    for (size_t i = 0; i < positional; ++i) locals[i] = newRef(args.args[i]);
    size_t varargsIndex = argcount + kwonly;
    size_t varkwIndex = varargsIndex + (hasVarargs ? 1 : 0);
    if (hasVarargs) {
      size_t extra = args.nargs > argcount ? args.nargs - argcount : 0;
      locals[varargsIndex] = Value(newTupleFrom(I, args.args + argcount, static_cast<int64_t>(extra)));
    } else if (args.nargs > argcount) {
      size_t kwonlyGiven = 0;
      for (size_t k = 0; k < nkw; ++k) {
        Str* name = static_cast<Str*>(args.kwnames->item(static_cast<int64_t>(k)).asObject());
        for (size_t j = argcount; j < argcount + kwonly; ++j)
          if (strEquals(static_cast<Str*>(c->varnames->item(static_cast<int64_t>(j)).asObject()), name))
            ++kwonlyGiven;
      }
      tooManyPositional(I, f, args.nargs, kwonlyGiven);
    }
    Dict* varkw = nullptr;
    if (hasVarkw) {
      varkw = newDict(I);
      locals[varkwIndex] = Value(varkw);
    }
    std::vector<std::string> posonlyAsKeyword;
    for (size_t k = 0; k < nkw; ++k) {
      Value nameValue = args.kwnames->item(static_cast<int64_t>(k));
      Str* name = static_cast<Str*>(nameValue.asObject());
      Value value = args.kwValue(k);
      size_t j = static_cast<size_t>(c->posonlyargcount);
      size_t found = SIZE_MAX;
      for (; j < argcount + kwonly; ++j) {
        Str* param = static_cast<Str*>(c->varnames->item(static_cast<int64_t>(j)).asObject());
        if (param == name || strEquals(param, name)) {
          found = j;
          break;
        }
      }
      if (found == SIZE_MAX) {
        bool isPosonly = false;
        for (int32_t p = 0; p < c->posonlyargcount; ++p)
          if (strEquals(static_cast<Str*>(c->varnames->item(p).asObject()), name)) isPosonly = true;
        if (varkw) {
          dictSet(I, varkw, nameValue, value);
          continue;
        }
        if (isPosonly) {
          posonlyAsKeyword.emplace_back(name->view());
          continue;
        }
        raiseTypeError(I, std::string(f->qualname->view()) + "() got an unexpected keyword argument '" +
                              std::string(name->view()) + "'");
      }
      if (locals[found])
        raiseTypeError(I, std::string(f->qualname->view()) + "() got multiple values for argument '" +
                              std::string(name->view()) + "'");
      locals[found] = newRef(value);
    }
    if (!posonlyAsKeyword.empty()) {
      std::string names;
      for (size_t i = 0; i < posonlyAsKeyword.size(); ++i)
        names += (i ? ", " : "") + std::string(posonlyAsKeyword[i]);
      raiseTypeError(I, std::string(f->qualname->view()) +
                            "() got some positional-only arguments passed as keyword arguments: '" + names + "'");
    }
    // Defaults for the trailing positional parameters, then keyword-only defaults.
    size_t ndefaults = f->defaults ? static_cast<size_t>(f->defaults->size) : 0;
    std::vector<std::string> missing;
    for (size_t i = args.nargs; i < argcount; ++i) {
      if (locals[i]) continue;
      size_t firstDefault = argcount - std::min(ndefaults, argcount);
      if (i >= firstDefault) {
        locals[i] = newRef(f->defaults->item(static_cast<int64_t>(i - firstDefault)));
      } else {
        missing.emplace_back(strView(c->varnames->item(static_cast<int64_t>(i))));
      }
    }
    if (!missing.empty()) missingArguments(I, f, missing, false);
    for (size_t i = argcount; i < argcount + kwonly; ++i) {
      if (locals[i]) continue;
      Value name = c->varnames->item(static_cast<int64_t>(i));
      Value def = f->kwdefaults ? dictGet(I, f->kwdefaults, name) : Value();
      if (def)
        locals[i] = newRef(def);
      else
        missing.emplace_back(strView(name));
    }
    if (!missing.empty()) missingArguments(I, f, missing, true);
  }
  return static_cast<Frame*>(frameRef.release().asObject());
}

Value callPythonFunction(Interp& I, Function* f, CallArgs args) {
  Ref frame = Ref::steal(Value(frameForCall(I, f, args)));
  return runFrame(I, frame.as<Frame>());
}

}  // namespace rw
