// Exception objects and the built-in exception hierarchy, plus traceback objects.
#include "objects/exception.h"

#include <cerrno>
#include <cstddef>

#include "objects/code.h"
#include "objects/dict.h"
#include "objects/exception_group.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/frame.h"
#include "runtime/protocols.h"
#include "runtime/type_support.h"

namespace rw {

namespace {

ExceptionObject* asExc(Value v) { return static_cast<ExceptionObject*>(v.asObject()); }

void excDestroy(Object* o) {
  ExceptionObject* e = static_cast<ExceptionObject*>(o);
  if (e->args) decref(static_cast<Object*>(e->args));
  decref(e->traceback);
  decref(e->cause);
  decref(e->context);
  decref(e->notes);
  if (e->dict) decref(static_cast<Object*>(e->dict));
}

void excTraverse(Object* o, const RefVisitor& visit) {
  ExceptionObject* e = static_cast<ExceptionObject*>(o);
  if (e->args) visit(Value(e->args));
  if (e->traceback) visit(e->traceback);
  if (e->cause) visit(e->cause);
  if (e->context) visit(e->context);
  if (e->notes) visit(e->notes);
  if (e->dict) visit(Value(e->dict));
}

void excClear(Object* o) {
  ExceptionObject* e = static_cast<ExceptionObject*>(o);
  Value tb = e->traceback, cause = e->cause, context = e->context;
  e->traceback = e->cause = e->context = Value();
  decref(tb);
  decref(cause);
  decref(context);
}

// OSError(errno, strerror) makes the subclass that errno stands for, like CPython.
Type* osErrorSubclass(Interp& I, CallArgs args) {
  int64_t code;
  if (args.nargs < 2 || args.nargs > 5 || !isInt(I, args.args[0]) || !intToInt64(args.args[0], code)) return nullptr;
  switch (code) {
    case EAGAIN:
    case EALREADY:
    case EINPROGRESS: return I.exc.BlockingIOError;
    case ECHILD: return I.exc.ChildProcessError;
    case EPIPE:
    case ESHUTDOWN: return I.exc.BrokenPipeError;
    case ECONNABORTED: return I.exc.ConnectionAbortedError;
    case ECONNREFUSED: return I.exc.ConnectionRefusedError;
    case ECONNRESET: return I.exc.ConnectionResetError;
    case EEXIST: return I.exc.FileExistsError;
    case ENOENT: return I.exc.FileNotFoundError;
    case EISDIR: return I.exc.IsADirectoryError;
    case ENOTDIR: return I.exc.NotADirectoryError;
    case EINTR: return I.exc.InterruptedError;
    case EACCES:
    case EPERM: return I.exc.PermissionError;
    case ESRCH: return I.exc.ProcessLookupError;
    case ETIMEDOUT: return I.exc.TimeoutError;
    default: return nullptr;
  }
}

Value excNew(Interp& I, Type* type, CallArgs args) {
  if (type == I.exc.OSError)
    if (Type* sub = osErrorSubclass(I, args)) type = sub;
  ExceptionObject* e = I.alloc<ExceptionObject>(type);
  e->args = newTupleFrom(I, args.args, static_cast<int64_t>(args.nargs));
  return Value(e);
}

void excInit(Interp& I, Value self, CallArgs args) {
  ExceptionObject* e = asExc(self);
  Tuple* old = e->args;
  e->args = newTupleFrom(I, args.args, static_cast<int64_t>(args.nargs));
  if (old) decref(static_cast<Object*>(old));
  // Attributes some built-in exceptions derive from their arguments.
  Type* t = typeOf(I, self);
  auto setAttrValue = [&](const char* name, Value v) {
    if (!e->dict) e->dict = newDict(I);
    dictSetStr(I, e->dict, name, v);
  };
  if (isSubtype(t, I.exc.StopIteration)) {
    setAttrValue("value", args.nargs ? args.args[0] : I.None());
  } else if (isSubtype(t, I.exc.SystemExit)) {
    setAttrValue("code", args.nargs == 0   ? I.None()
                         : args.nargs == 1 ? args.args[0]
                                           : Value(e->args));
  } else if (isSubtype(t, I.exc.ImportError)) {
    setAttrValue("msg", args.nargs ? args.args[0] : I.None());
    Value name = I.None(), path = I.None();
    for (size_t i = 0; i < args.nkw(); ++i) {
      std::string_view k = strView(args.kwnames->item(static_cast<int64_t>(i)));
      if (k == "name")
        name = args.kwValue(i);
      else if (k == "path")
        path = args.kwValue(i);
      else
        raiseTypeError(I, "'" + std::string(k) + "' is an invalid keyword argument for " +
                              std::string(t->name->view()) + "()");
    }
    setAttrValue("name", name);
    setAttrValue("path", path);
    return;
  } else if (isSubtype(t, I.exc.OSError)) {
    // OSError(errno, strerror[, filename]) sets those attributes.
    bool detailed = args.nargs >= 2 && args.nargs <= 5;
    setAttrValue("errno", detailed ? args.args[0] : I.None());
    setAttrValue("strerror", detailed ? args.args[1] : I.None());
    setAttrValue("filename", detailed && args.nargs >= 3 ? args.args[2] : I.None());
    if (detailed && args.nargs >= 3) {
      Tuple* old2 = e->args;
      e->args = newTupleFrom(I, args.args, 2);
      decref(Value(old2));
    }
  } else if (isSubtype(t, I.exc.NameError) || isSubtype(t, I.exc.AttributeError)) {
    setAttrValue("name", I.None());
  } else if (isSubtype(t, I.exc.SyntaxError)) {
    setAttrValue("msg", args.nargs ? args.args[0] : I.None());
    Value details[6] = {I.None(), I.None(), I.None(), I.None(), I.None(), I.None()};
    if (args.nargs >= 2 && isType(I, args.args[1], I.types.tuple)) {
      Tuple* d = static_cast<Tuple*>(args.args[1].asObject());
      for (int64_t i = 0; i < d->size && i < 6; ++i) details[i] = d->item(i);
    }
    const char* names[6] = {"filename", "lineno", "offset", "text", "end_lineno", "end_offset"};
    for (int i = 0; i < 6; ++i) setAttrValue(names[i], details[i]);
    setAttrValue("print_file_and_line", I.None());
  }
  if (args.nkw() && !isSubtype(t, I.exc.ImportError))
    raiseTypeError(I, std::string(t->name->view()) + "() takes no keyword arguments");
}

Value excStr(Interp& I, Value self) {
  ExceptionObject* e = asExc(self);
  Type* t = typeOf(I, self);
  Tuple* args = e->args;
  if (isSubtype(t, I.exc.KeyError) && args && args->size == 1) return repr(I, args->item(0));
  if (isSubtype(t, I.exc.SyntaxError) && e->dict) {
    Value msg = dictGetStr(I, e->dict, "msg");
    Value lineno = dictGetStr(I, e->dict, "lineno");
    Value filename = dictGetStr(I, e->dict, "filename");
    std::string text = msg && !msg.is(I.None()) ? strString(I, msg) : "";
    bool hasFile = filename && isType(I, filename, I.types.str);
    bool hasLine = lineno && lineno.isSmallInt();
    if (hasFile || hasLine) {
      text += " (";
      if (hasFile) {
        std::string_view path = strView(filename);
        size_t slash = path.rfind('/');
        text += std::string(slash == std::string_view::npos ? path : path.substr(slash + 1));
      }
      if (hasLine) text += std::string(hasFile ? ", " : "") + "line " + std::to_string(lineno.asSmallInt());
      text += ")";
    }
    return Value(newStr(I, text));
  }
  if (isSubtype(t, I.exc.OSError) && e->dict) {
    Value errnoValue = dictGetStr(I, e->dict, "errno");
    Value strerror = dictGetStr(I, e->dict, "strerror");
    Value filename = dictGetStr(I, e->dict, "filename");
    if (errnoValue && strerror && !errnoValue.is(I.None()) && !strerror.is(I.None())) {
      std::string text = "[Errno " + strString(I, errnoValue) + "] " + strString(I, strerror);
      if (filename && !filename.is(I.None())) text += ": " + reprString(I, filename);
      return Value(newStr(I, text));
    }
  }
  if (!args || args->size == 0) return newRef(Value(I.names.empty));
  if (args->size == 1) return str(I, args->item(0));
  return str(I, Value(args));
}

Value excRepr(Interp& I, Value self) {
  ExceptionObject* e = asExc(self);
  std::string name(typeOf(I, self)->name->view());
  Tuple* args = e->args;
  if (!args || args->size == 0) return Value(newStr(I, name + "()"));
  if (args->size == 1) return Value(newStr(I, name + "(" + reprString(I, args->item(0)) + ")"));
  return Value(newStr(I, name + reprString(I, Value(args))));
}

Value excGetAttr(Interp& I, Value self, Str* name) {
  ExceptionObject* e = asExc(self);
  std::string_view n = name->view();
  auto orNone = [&](Value v) { return v ? newRef(v) : I.None(); };
  if (n == "args") return newRef(Value(e->args));
  if (n == "__traceback__") return orNone(e->traceback);
  if (n == "__cause__") return orNone(e->cause);
  if (n == "__context__") return orNone(e->context);
  if (n == "__suppress_context__") return I.boolean(e->suppressContext);
  if (n == "__dict__") {
    if (!e->dict) e->dict = newDict(I);
    return newRef(Value(e->dict));
  }
  if (n == "__notes__" && e->notes) return newRef(e->notes);
  return genericGetAttr(I, self, name);
}

void excSetAttr(Interp& I, Value self, Str* name, Value value) {
  ExceptionObject* e = asExc(self);
  std::string_view n = name->view();
  auto replace = [&](Value& field) {
    Value old = field;
    field = value && !value.is(I.None()) ? newRef(value) : Value();
    decref(old);
  };
  if (n == "__traceback__") {
    if (!value) raiseTypeError(I, "__traceback__ may not be deleted");
    if (!value.is(I.None()) && !isType(I, value, I.types.traceback))
      raiseTypeError(I, "__traceback__ must be a traceback or None");
    replace(e->traceback);
  } else if (n == "__notes__") {
    replace(e->notes);
  } else if (n == "__cause__") {
    if (value && !value.is(I.None()) && !isInstance(I, value, I.exc.BaseException))
      raiseTypeError(I, "exception cause must be None or derive from BaseException");
    replace(e->cause);
    e->suppressContext = true;
  } else if (n == "__context__") {
    if (value && !value.is(I.None()) && !isInstance(I, value, I.exc.BaseException))
      raiseTypeError(I, "exception context must be None or derive from BaseException");
    replace(e->context);
  } else if (n == "__suppress_context__") {
    e->suppressContext = value && truthy(I, value);
  } else if (n == "args") {
    Ref tuple = Ref::steal(call(I, Value(I.types.tuple), {value}));
    Tuple* old = e->args;
    e->args = static_cast<Tuple*>(tuple.release().asObject());
    if (old) decref(static_cast<Object*>(old));
  } else {
    genericSetAttr(I, self, name, value);
  }
  if (I.observer) I.observer->onWrite(e);
}

Value excWithTraceback(Interp& I, Value self, CallArgs args) {
  checkSelfType(I, self, I.exc.BaseException, "with_traceback");
  checkArgCount(I, "with_traceback", args, 1, 1);
  Value tb = args.args[0];
  if (!tb.is(I.None()) && !isType(I, tb, I.types.traceback))
    raiseTypeError(I, "__traceback__ must be a traceback or None");
  ExceptionObject* e = asExc(self);
  Value old = e->traceback;
  e->traceback = tb.is(I.None()) ? Value() : newRef(tb);
  decref(old);
  if (I.observer) I.observer->onWrite(e);
  return newRef(self);
}

Value excAddNote(Interp& I, Value self, CallArgs args) {
  checkSelfType(I, self, I.exc.BaseException, "add_note");
  checkArgCount(I, "add_note", args, 1, 1);
  Value note = args.args[0];
  if (!isInstance(I, note, I.types.str))
    raiseTypeError(I, "note must be a str, not '" + std::string(typeName(I, note)) + "'");
  ExceptionObject* e = asExc(self);
  if (!e->notes) {
    e->notes = Value(newList(I));
    if (I.observer) I.observer->onWrite(e);
  }
  if (!isInstance(I, e->notes, I.types.list)) raiseTypeError(I, "Cannot add note: __notes__ is not a list");
  listAppend(I, static_cast<List*>(e->notes.asObject()), note);
  return I.None();
}

Value excReduce(Interp& I, Value self, CallArgs args) {
  checkArgCount(I, "__reduce__", args, 0, 0);
  ExceptionObject* e = asExc(self);
  Value type(typeOf(I, self));
  if (e->dict && e->dict->used) return Value(newTupleOf(I, {type, Value(e->args), Value(e->dict)}));
  return Value(newTupleOf(I, {type, Value(e->args)}));
}

// Unpickling's second half: the attributes __reduce__ returned as the instance's state.
Value excSetState(Interp& I, Value self, CallArgs args) {
  checkArgCount(I, "__setstate__", args, 1, 1);
  Value state = args.args[0];
  if (state.is(I.None())) return I.None();
  if (!isInstance(I, state, I.types.dict)) raiseTypeError(I, "state is not a dictionary");
  // A copy: setting an attribute may run code that changes the state dict.
  Ref copy = Ref::steal(Value(dictCopy(I, static_cast<Dict*>(state.asObject()))));
  int64_t pos = 0;
  const DictEntry* entry;
  while (dictNext(copy.as<Dict>(), pos, entry)) {
    if (!isInstance(I, entry->key, I.types.str))
      raiseTypeError(I, "attribute name must be string, not '" + std::string(typeName(I, entry->key)) + "'");
    setAttr(I, self, static_cast<Str*>(entry->key.asObject()), entry->value);
  }
  return I.None();
}

// ---- traceback objects ---------------------------------------------------------------------

void tbDestroy(Object* o) {
  Traceback* tb = static_cast<Traceback*>(o);
  decref(tb->next);
  if (tb->frame) decref(static_cast<Object*>(tb->frame));
}

void tbTraverse(Object* o, const RefVisitor& visit) {
  Traceback* tb = static_cast<Traceback*>(o);
  if (tb->next) visit(tb->next);
  if (tb->frame) visit(Value(tb->frame));
}

Value tbGetAttr(Interp& I, Value self, Str* name) {
  Traceback* tb = static_cast<Traceback*>(self.asObject());
  std::string_view n = name->view();
  if (n == "tb_next") return tb->next ? newRef(tb->next) : I.None();
  if (n == "tb_frame") return newRef(Value(tb->frame));
  if (n == "tb_lineno") return Value::smallInt(tb->lineno);
  if (n == "tb_lasti") return Value::smallInt(tb->lasti);
  return genericGetAttr(I, self, name);
}

}  // namespace

Value newException(Interp& I, Type* type, Tuple* args) {
  Ref argsRef = Ref::steal(Value(args));
  CallArgs call{args->items(), static_cast<size_t>(args->size), nullptr};
  Ref e = Ref::steal(type->newInstance(I, type, call));
  if (type->init) type->init(I, e.get(), call);
  return e.release();
}

Value newExceptionWithMessage(Interp& I, Type* type, std::string_view message) {
  Ref text = Ref::steal(Value(newStr(I, message)));
  return newException(I, type, newTupleOf(I, {text.get()}));
}

void addTraceback(Interp& I, Value exception, Frame* frame, uint32_t lasti) {
  ExceptionObject* e = asExc(exception);
  Traceback* tb = I.alloc<Traceback>(I.types.traceback);
  tb->frame = newRef(frame);
  tb->lasti = lasti;
  tb->lineno = frame->code->lineOf(lasti);
  tb->next = e->traceback;  // takes over the reference
  e->traceback = Value(tb);
}

void initExceptionTypes(Interp& I) {
  constexpr uint32_t kFlags = kTypeBaseType | kTypeGc | kTypeExceptionSubclass;
  Type* root = newStaticType(I, "BaseException", I.types.object, sizeof(ExceptionObject), kFlags);
  root->destroy = excDestroy;
  root->traverse = excTraverse;
  root->clear = excClear;
  root->newInstance = excNew;
  root->init = excInit;
  root->str = excStr;
  root->repr = excRepr;
  root->getAttr = excGetAttr;
  root->setAttr = excSetAttr;
  root->instanceDict = [](Object* o) { return &static_cast<ExceptionObject*>(o)->dict; };
  I.exc.BaseException = root;
#define RW_CREATE_EXCEPTION(field, pyname, basefield) \
  if (!I.exc.field)                                   \
    I.exc.field = newStaticType(I, pyname, I.exc.basefield, sizeof(ExceptionObject), kFlags);
  RW_EXCEPTION_TYPES(RW_CREATE_EXCEPTION)
#undef RW_CREATE_EXCEPTION
  addMethod(I, root, "with_traceback", excWithTraceback);
  addMethod(I, root, "add_note", excAddNote);
  addMethod(I, root, "__reduce__", excReduce);
  addMethod(I, root, "__setstate__", excSetState);
  initExceptionGroupTypes(I);
}

void initTracebackType(Interp& I) {
  Type* t = I.types.traceback;
  t->destroy = tbDestroy;
  t->traverse = tbTraverse;
  t->getAttr = tbGetAttr;
}

void chainHandledContext(Interp& I, ExceptionObject* e) {
  Value handled = I.handledException;
  if (!handled || handled.is(Value(e))) return;
  Value walk = handled;
  while (walk) {
    auto* w = static_cast<ExceptionObject*>(walk.asObject());
    if (w->context.is(Value(e))) {
      decref(w->context);
      w->context = Value();
      break;
    }
    walk = w->context;
  }
  Value old = e->context;
  e->context = newRef(handled);
  decref(old);
}

}  // namespace rw
