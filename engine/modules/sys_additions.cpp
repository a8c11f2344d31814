// The parts of the sys module a course needs beyond the interpreter's own: exc_info,
// _getframe, getsizeof, intern, version_info/float_info/int_info/flags as struct sequences,
// byteorder, executable, hexversion, implementation (name "rewind") and a readable sys.stdin whose
// lines come from the Host (so a recording logs them).
#include <cfloat>
#include <string>

#include "objects/object_sizes.h"
#include "modules/module_snapshot.h"
#include "modules/module_support.h"
#include "modules/struct_sequence.h"
#include "objects/bytes.h"
#include "objects/class.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/float.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/set.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/frame.h"
#include "runtime/protocols.h"
#include "runtime/repr_guard.h"
#include "runtime/type_support.h"
#include "support/utf8.h"

namespace rw {

namespace {

Value sysExcInfo(Interp& I, Value, CallArgs args) {
  checkArgCount(I, "sys.exc_info", args, 0, 0);
  Value e = I.handledException;
  if (!e) return Value(newTupleOf(I, {I.None(), I.None(), I.None()}));
  Value traceback = static_cast<ExceptionObject*>(e.asObject())->traceback;
  return Value(newTupleOf(I, {Value(typeOf(I, e)), e, traceback ? traceback : I.None()}));
}

// The frame `depth` calls below the caller (0: the caller's own frame).
Value sysGetframe(Interp& I, Value, CallArgs args) {
  checkNoKeywords(I, "_getframe", args);
  checkArgCount(I, "_getframe", args, 0, 1);
  int64_t depth = args.nargs ? asSsize(I, args.args[0], nullptr) : 0;
  Frame* frame = I.frame;
  for (; frame && depth > 0; --depth)
    frame = frame->back;
  if (!frame) raiseError(I, I.exc.ValueError, "call stack is not deep enough");
  return newRef(Value(frame));
}

Value sysIntern(Interp& I, Value, CallArgs args) {
  checkNoKeywords(I, "sys.intern", args);
  checkArgCount(I, "sys.intern", args, 1, 1);
  Value s = args.args[0];
  if (!isInstance(I, s, I.types.str))
    raiseTypeError(I, "intern() argument must be str, not " + std::string(typeName(I, s)));
  if (!isType(I, s, I.types.str)) raiseTypeError(I, "can't intern " + std::string(typeName(I, s)));
  return newRef(Value(I.intern(strView(s))));
}

Value sysGetsizeof(Interp& I, Value, CallArgs args) {
  std::vector<Value> a = bindArguments(I, "getsizeof", args, {"object", "default"}, 1);
  Type* t = typeOf(I, a[0]);
  if (t->hasFlag(kTypeHeap)) {
    // CPython 3.11 keeps a class instance's GC header and dict pointer before the object: 32
    // bytes on top of __sizeof__ (a plain instance's is 24).
    constexpr int64_t kPreHeader = 32;
    Value own = typeLookup(I, t, I.intern("__sizeof__"));
    if (own && !own.is(dictGetStr(I, I.types.object->dict, "__sizeof__"))) {
      Ref size = Ref::steal(callSpecialMethod(I, a[0], "__sizeof__"));
      int64_t n = asSsize(I, size.get(), I.exc.OverflowError);
      if (n < 0) raiseValueError(I, "__sizeof__() should return >= 0");
      return newInt(I, n + kPreHeader);
    }
    if (nativeBase(t) == I.types.object) return newInt(I, 24 + kPreHeader);
  }
  return newInt(I, cpythonSizeOf(I, a[0]));
}

// ---- types.SimpleNamespace, for sys.implementation ------------------------------------------

struct Namespace : Object {
  Dict* dict = nullptr;
};

Dict** namespaceDict(Object* o) {
  return &static_cast<Namespace*>(o)->dict;
}
void namespaceDestroy(Object* o) {
  Dict* d = static_cast<Namespace*>(o)->dict;
  static_cast<Namespace*>(o)->dict = nullptr;
  if (d) decref(static_cast<Object*>(d));
}
void namespaceTraverse(Object* o, const RefVisitor& visit) {
  if (Dict* d = static_cast<Namespace*>(o)->dict) visit(Value(d));
}

Value namespaceRepr(Interp& I, Value self) {
  ReprGuard guard(I, self);
  if (guard.recursive()) return Value(newStr(I, "namespace(...)"));
  std::string text = "namespace(";
  if (Dict* d = static_cast<Namespace*>(self.asObject())->dict) {
    int64_t pos = 0;
    const DictEntry* e;
    bool first = true;
    while (dictNext(d, pos, e)) {
      if (!first) text += ", ";
      first = false;
      text += strString(I, e->key) + "=" + reprString(I, e->value);
    }
  }
  return Value(newStr(I, text + ")"));
}

void namespaceWrite(Interp&, Object* o, SnapshotEncoder& e) {
  e.object(static_cast<Namespace*>(o)->dict);
}
void namespaceRead(Interp&, Object* o, SnapshotDecoder& d) {
  static_cast<Namespace*>(o)->dict = d.object<Dict>();
}
const SnapshotCodec kNamespaceCodec{namespaceWrite, module_snapshot::allocate<Namespace>,
                                    namespaceRead, nullptr, true};

// ---- sys.stdin --------------------------------------------------------------------------------

struct InputStream : Object {
  std::string pending;  // read from the Host, not yet returned
};

InputStream* asInput(Value v) {
  return static_cast<InputStream*>(v.asObject());
}

void inputDestroy(Object* o) {
  std::string().swap(asInput(o)->pending);
}

// One line (up to `limit` characters when limit >= 0), "" at the end of input.
std::string readLine(Interp& I, InputStream* s, int64_t limit) {
  while (s->pending.find('\n') == std::string::npos) {
    if (limit >= 0 && static_cast<int64_t>(support::countCodePoints(s->pending)) >= limit) break;
    std::string more = I.host.readLine();
    if (more.empty()) break;
    s->pending += more;
  }
  size_t end = s->pending.find('\n');
  end = end == std::string::npos ? s->pending.size() : end + 1;
  if (limit >= 0) {
    size_t bytes = 0;
    for (int64_t n = 0; n < limit && bytes < end; ++n) {
      ++bytes;
      while (bytes < end && (static_cast<unsigned char>(s->pending[bytes]) & 0xC0) == 0x80)
        ++bytes;
    }
    end = bytes;
  }
  std::string line = s->pending.substr(0, end);
  s->pending.erase(0, end);
  if (I.observer) I.observer->onWrite(s);
  return line;
}

int64_t sizeArgument(Interp& I, CallArgs args, const char* name) {
  checkArgCount(I, name, args, 0, 1);
  if (args.nargs == 0 || args.args[0].is(I.None())) return -1;
  return asSsize(I, args.args[0], I.exc.OverflowError);
}

Value inputReadline(Interp& I, Value self, CallArgs args) {
  int64_t limit = sizeArgument(I, args, "readline");
  return Value(newStr(I, readLine(I, asInput(self), limit)));
}

Value inputRead(Interp& I, Value self, CallArgs args) {
  int64_t limit = sizeArgument(I, args, "read");
  std::string text;
  int64_t count = 0;
  while (limit < 0 || count < limit) {
    std::string line = readLine(I, asInput(self), limit < 0 ? -1 : limit - count);
    if (line.empty()) break;
    count += static_cast<int64_t>(support::countCodePoints(line));
    text += line;
  }
  return Value(newStr(I, text));
}

Value inputReadlines(Interp& I, Value self, CallArgs args) {
  checkArgCount(I, "readlines", args, 0, 1);
  Ref lines = Ref::steal(Value(newList(I)));
  while (true) {
    std::string line = readLine(I, asInput(self), -1);
    if (line.empty()) break;
    Ref s = Ref::steal(Value(newStr(I, line)));
    listAppend(I, lines.as<List>(), s.get());
  }
  return lines.release();
}

Value inputNext(Interp& I, Value self) {
  std::string line = readLine(I, asInput(self), -1);
  if (line.empty()) return Value();
  return Value(newStr(I, line));
}

Value inputIter(Interp&, Value self) {
  return newRef(self);
}

Value inputFalse(Interp& I, Value, CallArgs args) {
  checkArgCount(I, "isatty", args, 0, 0);
  return I.boolean(false);
}

Value inputTrue(Interp& I, Value, CallArgs args) {
  checkArgCount(I, "readable", args, 0, 0);
  return I.boolean(true);
}

Value inputRepr(Interp& I, Value) {
  return Value(newStr(I, "<_io.TextIOWrapper name='<stdin>' mode='r' encoding='utf-8'>"));
}

Value inputGetAttr(Interp& I, Value self, Str* name) {
  std::string_view n = name->view();
  if (n == "name") return Value(newStr(I, "<stdin>"));
  if (n == "mode") return Value(newStr(I, "r"));
  if (n == "encoding") return Value(newStr(I, "utf-8"));
  return genericGetAttr(I, self, name);
}

void inputSnapshotWrite(Interp&, Object* o, SnapshotEncoder& e) {
  e.w.string(asInput(o)->pending);
}
void inputSnapshotRead(Interp&, Object* o, SnapshotDecoder& d) {
  asInput(o)->pending = d.r.string();
}
const SnapshotCodec kInputCodec{inputSnapshotWrite, module_snapshot::allocate<InputStream>,
                                inputSnapshotRead, nullptr, true};

void createStdin(Interp& I, Module* sys) {
  Type* t = newStaticType(I, "_io.TextIOWrapper(stdin)", I.types.object, sizeof(InputStream), 0);
  decref(static_cast<Object*>(t->name));
  decref(static_cast<Object*>(t->qualname));
  t->name = newRef(I.intern("_io.TextIOWrapper"));
  t->qualname = newRef(I.intern("TextIOWrapper"));
  t->module = newRef(I.intern("_io"));
  t->destroy = inputDestroy;
  t->repr = inputRepr;
  t->getAttr = inputGetAttr;
  t->iter = inputIter;
  t->next = inputNext;
  addMethod(I, t, "readline", inputReadline);
  addMethod(I, t, "read", inputRead);
  addMethod(I, t, "readlines", inputReadlines);
  addMethod(I, t, "isatty", inputFalse);
  addMethod(I, t, "readable", inputTrue);
  registerSnapshotCodec(I, t, &kInputCodec);
  InputStream* stream = I.alloc<InputStream>(t);
  I.registerStatic("sys.stdin", stream);
  addModuleValue(I, sys, "stdin", Value(stream));
  addModuleValue(I, sys, "__stdin__", Value(stream));
  decref(Value(stream));
}

void addFunction(Interp& I, Module* sys, const char* name, NativeFunction fn) {
  BuiltinFunction* f = newBuiltinFunction(I, name, fn, Value(sys), nullptr, nullptr);
  I.registerStatic(std::string("sys.") + name, f);
  addModuleValue(I, sys, name, Value(f));
  decref(Value(f));
}

}  // namespace

void populateSysAdditions(Interp& I) {
  Module* sys = I.sysModule;
  addFunction(I, sys, "exc_info", sysExcInfo);
  addFunction(I, sys, "_getframe", sysGetframe);
  addFunction(I, sys, "intern", sysIntern);
  addFunction(I, sys, "getsizeof", sysGetsizeof);

  Type* versionType = newStructSequenceType(I, sys, "version_info", "sys.version_info",
                                            {"major", "minor", "micro", "releaselevel", "serial"});
  Ref final = Ref::steal(Value(newStr(I, "final")));
  Ref version =
      Ref::steal(newStructSequence(I, versionType,
                                   {Value::smallInt(3), Value::smallInt(11), Value::smallInt(7),
                                    final.get(), Value::smallInt(0)}));
  addModuleValue(I, sys, "version_info", version.get());
  addModuleValue(I, sys, "hexversion", Value::smallInt(0x030b07f0));

  Type* floatType =
      newStructSequenceType(I, sys, "float_info", "sys.float_info",
                            {"max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig",
                             "mant_dig", "epsilon", "radix", "rounds"});
  Ref fmax = Ref::steal(newFloat(I, DBL_MAX));
  Ref fmin = Ref::steal(newFloat(I, DBL_MIN));
  Ref epsilon = Ref::steal(newFloat(I, DBL_EPSILON));
  Ref floatInfo = Ref::steal(newStructSequence(
      I, floatType,
      {fmax.get(), Value::smallInt(DBL_MAX_EXP), Value::smallInt(DBL_MAX_10_EXP), fmin.get(),
       Value::smallInt(DBL_MIN_EXP), Value::smallInt(DBL_MIN_10_EXP), Value::smallInt(DBL_DIG),
       Value::smallInt(DBL_MANT_DIG), epsilon.get(), Value::smallInt(2), Value::smallInt(1)}));
  addModuleValue(I, sys, "float_info", floatInfo.get());

  Type* intType = newStructSequenceType(
      I, sys, "int_info", "sys.int_info",
      {"bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"});
  Ref intInfo = Ref::steal(newStructSequence(
      I, intType,
      {Value::smallInt(30), Value::smallInt(4), Value::smallInt(4300), Value::smallInt(640)}));
  addModuleValue(I, sys, "int_info", intInfo.get());

  // The flags of a plain `python3 program.py` run without hash randomization (Rewind's
  // hashes are deterministic).
  Type* flagsType = newStructSequenceType(
      I, sys, "flags", "sys.flags",
      {"debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site",
       "no_site", "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization",
       "isolated", "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path",
       "int_max_str_digits"});
  Value zero = Value::smallInt(0);
  Ref flags = Ref::steal(newStructSequence(
      I, flagsType,
      {zero, zero, zero, zero, zero, zero, zero, zero, zero, zero, zero, zero, zero,
       I.boolean(false), zero, zero, I.boolean(false), Value::smallInt(-1)}));
  addModuleValue(I, sys, "flags", flags.get());

  Ref little = Ref::steal(Value(newStr(I, "little")));
  addModuleValue(I, sys, "byteorder", little.get());
  Ref executable = Ref::steal(Value(newStr(I, "rewind")));
  addModuleValue(I, sys, "executable", executable.get());

  Type* namespaceType =
      newModuleType(I, sys, "SimpleNamespace", sizeof(Namespace), kTypeGc | kTypeHasDict);
  decref(static_cast<Object*>(namespaceType->name));
  decref(static_cast<Object*>(namespaceType->module));
  namespaceType->name = newRef(I.intern("types.SimpleNamespace"));
  namespaceType->module = newRef(I.intern("types"));
  namespaceType->instanceDict = namespaceDict;
  namespaceType->destroy = namespaceDestroy;
  namespaceType->clear = namespaceDestroy;
  namespaceType->traverse = namespaceTraverse;
  namespaceType->repr = namespaceRepr;
  registerSnapshotCodec(I, namespaceType, &kNamespaceCodec);
  Namespace* implementation = I.alloc<Namespace>(namespaceType);
  I.registerStatic("sys.implementation", implementation);
  implementation->dict = newDict(I);
  Ref name = Ref::steal(Value(newStr(I, "rewind")));
  dictSetStr(I, implementation->dict, "name", name.get());
  dictSetStr(I, implementation->dict, "cache_tag", I.None());
  dictSetStr(I, implementation->dict, "version", version.get());
  dictSetStr(I, implementation->dict, "hexversion", Value::smallInt(0x030b07f0));
  addModuleValue(I, sys, "implementation", Value(implementation));
  decref(Value(implementation));

  createStdin(I, sys);
}

}  // namespace rw
