// The attributes built-in types answer in their getAttr slot rather than through their dict.
// CPython keeps these as getset and member descriptors in the type's dict, where dir() finds
// them; Rewind's types answer them natively, so dir() reads these lists instead. Each list
// holds only names that getattr() really answers (tests/conformance/builtins/dir_builtin_types).
#include "objects/attribute_names.h"

#include "runtime/interp.h"

namespace rw {
namespace {

constexpr const char* kObject[] = {"__class__", nullptr};
constexpr const char* kType[] = {"__base__", "__bases__", "__dict__", "__module__", "__mro__",
                                 "__name__", "__qualname__", nullptr};
constexpr const char* kFunction[] = {"__annotations__", "__builtins__", "__closure__", "__code__",
                                     "__defaults__",    "__dict__",     "__globals__", "__kwdefaults__",
                                     "__module__",      "__name__",     "__qualname__", nullptr};
constexpr const char* kCode[] = {"co_argcount", "co_cellvars",  "co_consts",         "co_filename",
                                 "co_firstlineno", "co_flags",  "co_freevars",       "co_kwonlyargcount",
                                 "co_name",     "co_names",     "co_nlocals",        "co_posonlyargcount",
                                 "co_qualname", "co_stacksize", "co_varnames",       nullptr};
constexpr const char* kReal[] = {"denominator", "imag", "numerator", "real", nullptr};
constexpr const char* kFloating[] = {"imag", "real", nullptr};
constexpr const char* kGenerator[] = {"__name__", "__qualname__", "gi_code", "gi_frame", "gi_running",
                                      "gi_suspended", nullptr};
constexpr const char* kException[] = {"__cause__", "__context__", "__dict__", "__suppress_context__",
                                      "__traceback__", "args", nullptr};
constexpr const char* kBuiltinFunction[] = {"__module__", "__name__", "__qualname__", "__self__", nullptr};
constexpr const char* kBoundMethod[] = {"__func__", "__self__", nullptr};
constexpr const char* kModule[] = {"__dict__", nullptr};
constexpr const char* kCell[] = {"cell_contents", nullptr};
constexpr const char* kRangeOrSlice[] = {"start", "step", "stop", nullptr};
constexpr const char* kProperty[] = {"fdel", "fget", "fset", nullptr};
constexpr const char* kFrame[] = {"f_back", "f_builtins", "f_code", "f_globals", "f_lasti", "f_lineno",
                                  "f_locals", nullptr};
constexpr const char* kTraceback[] = {"tb_frame", "tb_lasti", "tb_lineno", "tb_next", nullptr};

}  // namespace

void registerAttributeNames(Interp& I) {
  auto& T = I.types;
  T.object->attributeNames = kObject;
  T.type->attributeNames = kType;
  T.function->attributeNames = kFunction;
  T.code->attributeNames = kCode;
  T.int_->attributeNames = kReal;
  T.float_->attributeNames = kFloating;
  T.complex->attributeNames = kFloating;
  T.generator->attributeNames = kGenerator;
  I.exc.BaseException->attributeNames = kException;
  T.builtinFunction->attributeNames = kBuiltinFunction;
  T.boundMethod->attributeNames = kBoundMethod;
  T.module->attributeNames = kModule;
  T.cell->attributeNames = kCell;
  T.range->attributeNames = kRangeOrSlice;
  T.slice->attributeNames = kRangeOrSlice;
  T.property->attributeNames = kProperty;
  T.frame->attributeNames = kFrame;
  T.traceback->attributeNames = kTraceback;
}

}  // namespace rw
