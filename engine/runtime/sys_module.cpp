// The sys module.
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/builtins.h"
#include "runtime/protocols.h"
#include "runtime/stdio.h"
#include "runtime/type_support.h"

namespace rw {

// The module-level additions (exc_info, getsizeof, version_info, stdin, ...), in
// modules/sys_additions.cpp.
void populateSysAdditions(Interp& I);

namespace {

Value sysGetrecursionlimit(Interp& I, Value, CallArgs args) {
  checkArgCount(I, "getrecursionlimit", args, 0, 0);
  return newInt(I, I.recursionLimit);
}

Value sysSetrecursionlimit(Interp& I, Value, CallArgs args) {
  checkArgCount(I, "setrecursionlimit", args, 1, 1);
  if (!isInt(I, args.args[0])) raiseTypeError(I, "'" + std::string(typeName(I, args.args[0])) + "' object cannot be interpreted as an integer");
  int64_t limit;
  if (!intToInt64(args.args[0], limit) || limit > INT32_MAX)
    raiseError(I, I.exc.OverflowError, "Python int too large to convert to C int");
  if (limit < 1) raiseValueError(I, "recursion limit must be greater or equal than 1");
  if (limit <= I.recursionDepth)
    raiseError(I, I.exc.RecursionError,
               "cannot set the recursion limit to " + std::to_string(limit) +
                   " at the recursion depth " + std::to_string(I.recursionDepth) +
                   ": the limit is too low");
  I.recursionLimit = static_cast<int>(limit);
  return I.None();
}

Value sysGetIntMaxStrDigits(Interp& I, Value, CallArgs args) {
  checkArgCount(I, "get_int_max_str_digits", args, 0, 0);
  return newInt(I, I.maxStrDigits);
}

Value sysSetIntMaxStrDigits(Interp& I, Value, CallArgs args) {
  std::vector<Value> a = bindArguments(I, "set_int_max_str_digits", args, {"maxdigits"}, 1);
  int64_t n = asSsize(I, a[0], I.exc.OverflowError);
  if (n != 0 && n < 640)
    raiseValueError(I, "maxdigits must be 0 or larger than 640");
  I.maxStrDigits = n;
  return I.None();
}

Value sysExit(Interp& I, Value, CallArgs args) {
  checkArgCount(I, "exit", args, 0, 1);
  Tuple* exitArgs = args.nargs ? newTupleOf(I, {args.args[0]}) : newTuple(I, 0);
  I.raise(newException(I, I.exc.SystemExit, exitArgs));
}

Value sysException(Interp& I, Value, CallArgs args) {
  checkArgCount(I, "exception", args, 0, 0);
  return I.handledException ? newRef(I.handledException) : I.None();
}

}  // namespace

void populateSys(Interp& I) {
  Dict* d = I.sysModule->dict;
  const struct {
    const char* name;
    NativeFunction fn;
  } functions[] = {{"getrecursionlimit", sysGetrecursionlimit},
                   {"setrecursionlimit", sysSetrecursionlimit},
                   {"get_int_max_str_digits", sysGetIntMaxStrDigits},
                   {"set_int_max_str_digits", sysSetIntMaxStrDigits},
                   {"exit", sysExit},
                   {"exception", sysException}};
  for (auto& f : functions) {
    BuiltinFunction* fn = newBuiltinFunction(I, f.name, f.fn, Value(I.sysModule), nullptr, nullptr);
    I.registerStatic(std::string("sys.") + f.name, fn);
    dictSetStr(I, d, f.name, Value(fn));
    decref(Value(fn));
  }
  dictSetStr(I, d, "modules", Value(I.modules));
  Ref argv = Ref::steal(Value(newList(I)));
  dictSetStr(I, d, "argv", argv.get());
  Ref path = Ref::steal(Value(newList(I)));
  dictSetStr(I, d, "path", path.get());
  Ref maxsize = Ref::steal(newInt(I, INT64_MAX));
  dictSetStr(I, d, "maxsize", maxsize.get());
  Ref platform = Ref::steal(Value(newStr(I, "linux")));
  dictSetStr(I, d, "platform", platform.get());
  Ref version = Ref::steal(Value(newStr(I, "3.11.7 (Rewind)")));
  dictSetStr(I, d, "version", version.get());
  createStdioStreams(I);
  populateSysAdditions(I);
}

void setProgramArguments(Interp& I, const std::vector<std::string>& argv) {
  List* list = static_cast<List*>(dictGetStr(I, I.sysModule->dict, "argv").asObject());
  for (const std::string& arg : argv) {
    Ref s = Ref::steal(Value(newStr(I, arg)));
    listAppend(I, list, s.get());
  }
  List* path = static_cast<List*>(dictGetStr(I, I.sysModule->dict, "path").asObject());
  std::string script = argv.empty() ? "" : argv[0];
  size_t slash = script.rfind('/');
  Ref folder = Ref::steal(Value(newStr(I, slash == std::string::npos ? "" : script.substr(0, slash))));
  listAppend(I, path, folder.get());
}

}  // namespace rw
