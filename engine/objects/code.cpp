// Code objects: immutable; the co_* attributes a program can read.
#include "objects/code.h"

#include <algorithm>

#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/protocols.h"
#include "runtime/type_support.h"

namespace rw {

int32_t Code::nlocals() const { return static_cast<int32_t>(varnames->size); }
int32_t Code::ncells() const { return static_cast<int32_t>(cellvars->size); }
int32_t Code::nfrees() const { return static_cast<int32_t>(freevars->size); }

int32_t Code::lineOf(uint32_t ip) const {
  if (locations.empty()) return firstlineno;
  for (int64_t i = std::min<int64_t>(ip, static_cast<int64_t>(locations.size()) - 1); i >= 0; --i)
    if (locations[i].line > 0) return locations[i].line;
  return firstlineno;
}

const ExceptionEntry* Code::handlerFor(uint32_t ip) const {
  auto it = std::upper_bound(exceptionTable.begin(), exceptionTable.end(), ip,
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

}  // namespace

void initCodeType(Interp& I) {
  Type* t = I.types.code;
  t->destroy = codeDestroy;
  t->traverse = codeTraverse;
  t->repr = codeRepr;
  t->getAttr = codeGetAttr;
}

}  // namespace rw
