// Builtins that run or inspect code at run time: exec, eval, compile, locals, vars, dir,
// __import__.
#include <algorithm>
#include <set>

#include "compiler/compiler.h"
#include "objects/cell.h"
#include "objects/code.h"
#include "objects/dict.h"
#include "objects/function.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/builtins.h"
#include "runtime/eval.h"
#include "runtime/frame.h"
#include "runtime/import.h"
#include "runtime/program.h"
#include "runtime/protocols.h"
#include "runtime/type_support.h"

namespace rw {

namespace {

// The variables of a frame as a dict: its namespace for module and class bodies, otherwise
// a snapshot of its locals, cells and free variables (like CPython's frame.f_locals).
Value frameLocals(Interp& I, Frame* f) {
  if (f->locals) return newRef(Value(f->locals));
  Dict* d = newDict(I);
  Ref hold = Ref::steal(Value(d));
  Code* c = f->code;
  Value* slots = f->localsplus();
  for (int32_t i = 0; i < c->nlocals(); ++i)
    if (slots[i]) dictSet(I, d, c->varnames->item(i), slots[i]);
  for (int32_t i = 0; i < c->ncells() + c->nfrees(); ++i) {
    Value cell = slots[c->nlocals() + i];
    if (!cell || !isType(I, cell, I.types.cell)) continue;
    Value contents = static_cast<Cell*>(cell.asObject())->contents;
    Value name = i < c->ncells() ? c->cellvars->item(i) : c->freevars->item(i - c->ncells());
    if (contents) dictSet(I, d, name, contents);
  }
  return hold.release();
}

Frame* callerFrame(Interp& I, const char* fname) {
  if (!I.frame) raiseError(I, I.exc.SystemError, std::string(fname) + "(): no current frame");
  return I.frame;
}

syntax::ParseMode parseMode(Interp& I, std::string_view mode) {
  if (mode == "exec") return syntax::ParseMode::Exec;
  if (mode == "eval") return syntax::ParseMode::Eval;
  if (mode == "single") return syntax::ParseMode::Single;
  raiseValueError(I, "compile() mode must be 'exec', 'eval' or 'single'");
}

Value sourceToCode(Interp& I, Value source, const std::string& filename, syntax::ParseMode mode,
                   const char* fname) {
  if (isType(I, source, I.types.code)) return newRef(source);
  std::string text;
  if (isInstance(I, source, I.types.str)) {
    text = std::string(strView(source));
  } else if (isInstance(I, source, I.types.bytes)) {
    Ref decoded = Ref::steal(callMethod(I, source, I.intern("decode"), {}));
    text = std::string(strView(decoded.get()));
  } else {
    raiseTypeError(I, std::string(fname) + "() arg 1 must be a string, bytes or code object");
  }
  if (text.find('\0') != std::string::npos) raiseError(I, I.exc.SyntaxError, "source code string cannot contain null bytes");
  // eval() ignores surrounding blanks, as CPython strips leading spaces and tabs.
  if (mode == syntax::ParseMode::Eval) {
    size_t start = text.find_first_not_of(" \t");
    text = start == std::string::npos ? "" : text.substr(start);
  }
  return Value(compileModuleSource(I, text, filename, mode));
}

// The namespaces exec/eval run in: the caller's unless given.
void namespaces(Interp& I, CallArgs args, size_t first, const char* fname, Ref& globals, Ref& locals) {
  Value g = args.nargs > first ? args.args[first] : Value();
  Value l = args.nargs > first + 1 ? args.args[first + 1] : Value();
  if (g && g.is(I.None())) g = Value();
  if (l && l.is(I.None())) l = Value();
  bool isExec = std::string_view(fname) == "exec";
  if (g && !isInstance(I, g, I.types.dict)) {
    if (isExec)
      raiseTypeError(I, "exec() globals must be a dict, not " + std::string(typeName(I, g)));
    raiseTypeError(I, typeOf(I, g)->getItem
                          ? "globals must be a real dict; try eval(expr, {}, mapping)"
                          : "globals must be a dict");
  }
  if (l && !isInstance(I, l, I.types.dict)) {
    if (!typeOf(I, l)->getItem)
      raiseTypeError(I, isExec
                            ? "locals must be a mapping or None, not " + std::string(typeName(I, l))
                            : std::string("locals must be a mapping"));
    // Frames here keep their names in a dict; other mappings are not supported.
    raiseTypeError(I, std::string(fname) + "() locals must be a dict in Rewind, not " +
                          std::string(typeName(I, l)));
  }
  if (!g) {
    Frame* f = callerFrame(I, fname);
    globals = Ref::borrow(Value(f->globals));
    locals = l ? Ref::borrow(l) : Ref::steal(frameLocals(I, f));
  } else {
    globals = Ref::borrow(g);
    locals = Ref::borrow(l ? l : g);
  }
  Dict* gd = globals.as<Dict>();
  if (!dictGetStr(I, gd, I.names.__builtins__)) dictSet(I, gd, Value(I.names.__builtins__), Value(I.builtinsModule));
}

Value builtinExec(Interp& I, Value, CallArgs args) {
  checkArgCount(I, "exec", args, 1, 3);
  Ref globals, locals;
  namespaces(I, args, 1, "exec", globals, locals);
  Ref code = Ref::steal(sourceToCode(I, args.args[0], "<string>", syntax::ParseMode::Exec, "exec"));
  Ref result = Ref::steal(runCode(I, code.as<Code>(), globals.as<Dict>(), locals.as<Dict>()));
  return I.None();
}

Value builtinEval(Interp& I, Value, CallArgs args) {
  checkArgCount(I, "eval", args, 1, 3);
  Ref globals, locals;
  namespaces(I, args, 1, "eval", globals, locals);
  Ref code = Ref::steal(sourceToCode(I, args.args[0], "<string>", syntax::ParseMode::Eval, "eval"));
  return runCode(I, code.as<Code>(), globals.as<Dict>(), locals.as<Dict>());
}

Value builtinCompile(Interp& I, Value, CallArgs args) {
  std::vector<Value> a = bindArguments(I, "compile", args,
                                       {"source", "filename", "mode", "flags", "dont_inherit", "optimize"}, 3);
  if (!isInstance(I, a[1], I.types.str))
    raiseTypeError(I, "compile() argument 'filename' must be str, not " + std::string(typeName(I, a[1])));
  if (!isInstance(I, a[2], I.types.str))
    raiseTypeError(I, "compile() argument 'mode' must be str, not " + std::string(typeName(I, a[2])));
  return sourceToCode(I, a[0], std::string(strView(a[1])), parseMode(I, strView(a[2])), "compile");
}

Value builtinLocals(Interp& I, Value, CallArgs args) {
  checkArgCount(I, "locals", args, 0, 0);
  return frameLocals(I, callerFrame(I, "locals"));
}

Value builtinVars(Interp& I, Value, CallArgs args) {
  checkArgCount(I, "vars", args, 0, 1);
  if (args.nargs == 0) return frameLocals(I, callerFrame(I, "vars"));
  Value d = lookupAttr(I, args.args[0], I.names.__dict__);
  if (!d) raiseTypeError(I, "vars() argument must have __dict__ attribute");
  return d;
}

void addNames(Interp& I, Dict* d, std::set<std::string>& out) {
  if (!d) return;
  int64_t pos = 0;
  const DictEntry* e;
  while (dictNext(d, pos, e))
    if (isInstance(I, e->key, I.types.str)) out.insert(std::string(strView(e->key)));
}

Value sortedNameList(Interp& I, const std::set<std::string>& names) {
  List* out = newList(I, static_cast<int64_t>(names.size()));
  Ref hold = Ref::steal(Value(out));
  for (const std::string& n : names) {
    Ref s = Ref::steal(Value(newStr(I, n)));
    listAppend(I, out, s.get());
  }
  return hold.release();
}

}  // namespace

Value defaultDir(Interp& I, Value obj) {
  std::set<std::string> names;
  if (isType(I, obj, I.types.module)) {
    addNames(I, static_cast<Module*>(obj.asObject())->dict, names);
    return sortedNameList(I, names);
  }
  // The instance's attributes, then those of its class and the class's bases (for a
  // class: the class itself and its MRO).
  bool isClass = isInstance(I, obj, I.types.type);
  Type* t = isClass ? static_cast<Type*>(obj.asObject()) : typeOf(I, obj);
  if (!isClass) {
    if (Type* ot = typeOf(I, obj); ot->instanceDict && obj.isObject()) addNames(I, *ot->instanceDict(obj.asObject()), names);
  }
  for (int64_t i = 0; i < t->mro->size; ++i) {
    auto* base = static_cast<Type*>(t->mro->item(i).asObject());
    addNames(I, base->dict, names);
    for (const char* const* n = base->attributeNames; n && *n; ++n) names.insert(*n);
    // A class whose instances have a dict holds a __dict__ descriptor in CPython.
    if (base->hasFlag(kTypeHeap) && base->instanceDict) names.insert("__dict__");
  }
  return sortedNameList(I, names);
}

namespace {

Value builtinDir(Interp& I, Value, CallArgs args) {
  checkArgCount(I, "dir", args, 0, 1);
  if (args.nargs == 0) {
    std::set<std::string> names;
    Ref locals = Ref::steal(frameLocals(I, callerFrame(I, "dir")));
    addNames(I, locals.as<Dict>(), names);
    return sortedNameList(I, names);
  }
  Value obj = args.args[0];
  Value custom = typeLookupName(I, typeOf(I, obj), "__dir__");
  if (!custom || isType(I, custom, I.types.methodDescriptor)) return defaultDir(I, obj);
  // The type's __dir__ bound to obj (for a class: the metaclass's, not the class's own).
  Ref method = Ref::borrow(custom);
  if (Type* mt = typeOf(I, custom); mt->descrGet)
    method = Ref::steal(mt->descrGet(I, custom, obj, Value(typeOf(I, obj))));
  Ref result = Ref::steal(call(I, method.get(), {}));
  Ref list = Ref::steal(Value(newList(I)));
  listExtend(I, list.as<List>(), result.get());
  Ref sorted = Ref::steal(callMethod(I, list.get(), I.intern("sort"), {}));
  return list.release();
}

Value builtinImport(Interp& I, Value, CallArgs args) {
  std::vector<Value> a = bindArguments(I, "__import__", args, {"name", "globals", "locals", "fromlist", "level"}, 1);
  if (!isInstance(I, a[0], I.types.str))
    raiseTypeError(I, "__import__() argument 1 must be str, not " + std::string(typeName(I, a[0])));
  Dict* globals =
      a[1] && isInstance(I, a[1], I.types.dict) ? static_cast<Dict*>(a[1].asObject()) : nullptr;
  int64_t level = a[4] ? asSsize(I, a[4], I.exc.OverflowError) : 0;
  // Levels beyond any package depth all fail alike; the clamp keeps them a small int.
  return importName(I, a[0], globals, a[3],
                    Value::smallInt(std::clamp<int64_t>(level, -1, 1 << 30)));
}

struct Entry {
  const char* name;
  NativeFunction fn;
  const char* doc;
};

const Entry kDynamic[] = {
    {"exec", builtinExec, "Execute the given source in the context of globals and locals."},
    {"eval", builtinEval, "Evaluate the given source in the context of globals and locals."},
    {"compile", builtinCompile, "Compile source into a code object that can be executed by exec() or eval()."},
    {"locals", builtinLocals, "Return a dictionary containing the current scope's local variables."},
    {"vars", builtinVars, "Show vars."},
    {"dir", builtinDir, "Show attributes of an object."},
    {"__import__", builtinImport, "Import a module."},
};

}  // namespace

void addDynamicBuiltins(Interp& I) {
  for (const Entry& e : kDynamic) {
    BuiltinFunction* f = newBuiltinFunction(I, e.name, e.fn, Value(I.builtinsModule), nullptr, e.doc);
    I.registerStatic(std::string("builtins.") + e.name, f);
    dictSetStr(I, I.builtins, e.name, Value(f));
    decref(Value(f));
  }
}

}  // namespace rw
