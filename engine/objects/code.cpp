// Code objects: immutable; the co_* attributes a program can read.
#include "objects/code.h"

#include <algorithm>

#include "objects/function.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/protocols.h"
#include "runtime/type_support.h"

namespace rw {

int32_t Code::nlocals() const {
  return static_cast<int32_t>(varnames->size);
}
int32_t Code::ncells() const {
  return static_cast<int32_t>(cellvars->size);
}
int32_t Code::nfrees() const {
  return static_cast<int32_t>(freevars->size);
}

int32_t Code::lineOf(uint32_t ip) const {
  if (locations.empty()) return firstlineno;
  for (int64_t i = std::min<int64_t>(ip, static_cast<int64_t>(locations.size()) - 1); i >= 0; --i)
    if (locations[i].line > 0) return locations[i].line;
  return firstlineno;
}

const ExceptionEntry* Code::handlerFor(uint32_t ip) const {
  auto it =
      std::upper_bound(exceptionTable.begin(), exceptionTable.end(), ip,
                       [](uint32_t value, const ExceptionEntry& e) { return value < e.start; });
  if (it == exceptionTable.begin()) return nullptr;
  --it;
  return ip < it->end ? &*it : nullptr;
}

namespace {

void codeDestroy(Object* o) {
  Code* c = static_cast<Code*>(o);
  for (Object* field : {static_cast<Object*>(c->consts), static_cast<Object*>(c->names),
                        static_cast<Object*>(c->varnames), static_cast<Object*>(c->cellvars),
                        static_cast<Object*>(c->freevars), static_cast<Object*>(c->name),
                        static_cast<Object*>(c->qualname), static_cast<Object*>(c->filename)})
    if (field) decref(field);
  c->~Code();
}

void codeTraverse(Object* o, const RefVisitor& visit) {
  Code* c = static_cast<Code*>(o);
  for (Object* field : {static_cast<Object*>(c->consts), static_cast<Object*>(c->names),
                        static_cast<Object*>(c->varnames), static_cast<Object*>(c->cellvars),
                        static_cast<Object*>(c->freevars), static_cast<Object*>(c->name),
                        static_cast<Object*>(c->qualname), static_cast<Object*>(c->filename)})
    if (field) visit(Value(field));
}

Value codeRepr(Interp& I, Value self) {
  Code* c = static_cast<Code*>(self.asObject());
  char buffer[48];
  std::snprintf(buffer, sizeof buffer, " at 0x%llx",
                static_cast<unsigned long long>(0x7f0000000000ull + c->serial * 16));
  return Value(newStr(I, "<code object " + std::string(c->name->view()) + buffer + ", file \"" +
                             std::string(c->filename->view()) + "\", line " +
                             std::to_string(c->firstlineno) + ">"));
}

Value codeGetAttr(Interp& I, Value self, Str* name) {
  Code* c = static_cast<Code*>(self.asObject());
  std::string_view n = name->view();
  if (n == "co_name") return newRef(Value(c->name));
  if (n == "co_qualname") return newRef(Value(c->qualname));
  if (n == "co_filename") return newRef(Value(c->filename));
  if (n == "co_consts") return newRef(Value(c->consts));
  if (n == "co_names") return newRef(Value(c->names));
  if (n == "co_varnames") return newRef(Value(c->varnames));
  if (n == "co_cellvars") return newRef(Value(c->cellvars));
  if (n == "co_freevars") return newRef(Value(c->freevars));
  if (n == "co_argcount") return Value::smallInt(c->argcount);
  if (n == "co_posonlyargcount") return Value::smallInt(c->posonlyargcount);
  if (n == "co_kwonlyargcount") return Value::smallInt(c->kwonlyargcount);
  if (n == "co_nlocals") return Value::smallInt(c->nlocals());
  if (n == "co_stacksize") return Value::smallInt(c->stacksize);
  if (n == "co_flags") return Value::smallInt(c->flags);
  if (n == "co_firstlineno") return Value::smallInt(c->firstlineno);
  return genericGetAttr(I, self, name);
}

Code* copyCode(Interp& I, const Code* from) {
  Code* c = I.alloc<Code>(I.types.code);
  c->instructions = from->instructions;
  c->locations = from->locations;
  c->exceptionTable = from->exceptionTable;
  c->consts = newRef(from->consts);
  c->names = newRef(from->names);
  c->varnames = newRef(from->varnames);
  c->cellvars = newRef(from->cellvars);
  c->freevars = newRef(from->freevars);
  c->name = newRef(from->name);
  c->qualname = newRef(from->qualname);
  c->filename = newRef(from->filename);
  c->argcount = from->argcount;
  c->posonlyargcount = from->posonlyargcount;
  c->kwonlyargcount = from->kwonlyargcount;
  c->stacksize = from->stacksize;
  c->firstlineno = from->firstlineno;
  c->flags = from->flags;
  c->cellArgs = from->cellArgs;
  c->sourceId = from->sourceId;
  c->astNode = from->astNode;
  return c;
}

// Flags a program may change: the ones that only say how the code may be used, not how its
// frame is laid out or its arguments bound (types.coroutine sets ITERABLE_COROUTINE).
constexpr uint32_t kReplaceableFlags = kCoIterableCoroutine | kCoNested;

template <class T>
void replaceField(Interp& I, T*& field, Value value, Type* type, std::string_view key) {
  if (!isInstance(I, value, type))
    raiseTypeError(I, "replace() argument '" + std::string(key) + "' must be " +
                          std::string(type->name->view()) + ", not " +
                          std::string(typeName(I, value)));
  decref(field);
  field = static_cast<T*>(newRef(value.asObject()));
}

// code.replace(**changes): a copy with some co_* fields changed. Rewind takes the fields
// that leave the bytecode valid as it is; the others are refused with a ValueError.
Value codeReplace(Interp& I, Value self, CallArgs args) {
  if (args.nargs) raiseTypeError(I, "replace() takes no positional arguments");
  const Code* from = static_cast<Code*>(self.asObject());
  Code* c = copyCode(I, from);
  Ref copy = Ref::steal(Value(c));
  for (size_t i = 0; i < args.nkw(); ++i) {
    std::string_view key = strView(args.kwnames->item(static_cast<int64_t>(i)));
    Value value = args.kwValue(i);
    if (key == "co_name") {
      replaceField(I, c->name, value, I.types.str, key);
    } else if (key == "co_qualname") {
      replaceField(I, c->qualname, value, I.types.str, key);
    } else if (key == "co_filename") {
      replaceField(I, c->filename, value, I.types.str, key);
    } else if (key == "co_firstlineno") {
      c->firstlineno = static_cast<int32_t>(asSsize(I, value, I.exc.OverflowError));
    } else if (key == "co_flags") {
      auto flags = static_cast<uint32_t>(asSsize(I, value, I.exc.OverflowError));
      if ((flags ^ from->flags) & ~kReplaceableFlags)
        raiseValueError(
            I, "replace(): Rewind can only change the CO_ITERABLE_COROUTINE and CO_NESTED flags");
      c->flags = flags;
    } else if (key == "co_consts" || key == "co_names") {
      Tuple*& field = key == "co_consts" ? c->consts : c->names;
      int64_t size = field->size;
      replaceField(I, field, value, I.types.tuple, key);
      if (field->size != size)
        raiseValueError(I, "replace(): Rewind needs " + std::string(key) + " to keep its length (" +
                               std::to_string(size) + ")");
      for (int64_t k = 0; key == "co_names" && k < field->size; ++k)
        if (!isType(I, field->item(k), I.types.str))
          raiseTypeError(I, "co_names must contain only strings");
    } else if (key.substr(0, 3) == "co_" && codeGetAttr(I, self, I.intern(key))) {
      raiseValueError(I, "replace(): Rewind cannot change " + std::string(key) +
                             " (its bytecode depends on it)");
    } else {
      raiseTypeError(I, "'" + std::string(key) + "' is an invalid keyword argument for replace()");
    }
  }
  return copy.release();
}

}  // namespace

void initCodeType(Interp& I) {
  Type* t = I.types.code;
  t->destroy = codeDestroy;
  t->traverse = codeTraverse;
  t->repr = codeRepr;
  t->getAttr = codeGetAttr;
  addMethod(I, t, "replace", codeReplace,
            "Return a copy of the code object with new values for the specified fields.");
}

}  // namespace rw
