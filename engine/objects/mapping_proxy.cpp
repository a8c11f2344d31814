// mappingproxy: reads go to the class's dict (so later changes show), writes are refused.
#include "objects/mapping_proxy.h"

#include "objects/dict.h"
#include "objects/dict_views.h"
#include "objects/function.h"
#include "objects/str.h"
#include "runtime/protocols.h"
#include "runtime/type_support.h"

namespace rw {

namespace {

Value mappingOf(Value self) {
  return Value(static_cast<MappingProxy*>(self.asObject())->mapping);
}

Value proxyGetItem(Interp& I, Value self, Value key) {
  return getItem(I, mappingOf(self), key);
}
int64_t proxyLength(Interp& I, Value self) {
  return length(I, mappingOf(self));
}
bool proxyContains(Interp& I, Value self, Value key) {
  return contains(I, mappingOf(self), key);
}
Value proxyIter(Interp& I, Value self) {
  return getIter(I, mappingOf(self));
}

Value proxyRepr(Interp& I, Value self) {
  return Value(newStr(I, "mappingproxy(" + reprString(I, mappingOf(self)) + ")"));
}

// Like CPython's, str() is the mapping's; only repr() says mappingproxy.
Value proxyStr(Interp& I, Value self) {
  return str(I, mappingOf(self));
}

// types.MappingProxyType(mapping): a read-only view of a dict (enum's __members__).
Value proxyNew(Interp& I, Type*, CallArgs args) {
  checkNoKeywords(I, "mappingproxy", args);
  checkArgCount(I, "mappingproxy", args, 1, 1);
  Value mapping = args.args[0];
  if (!isInstance(I, mapping, I.types.dict))
    raiseTypeError(
        I, "mappingproxy() argument must be a mapping, not " + std::string(typeName(I, mapping)));
  return newMappingProxy(I, static_cast<Dict*>(mapping.asObject()));
}

Value proxyRichCompare(Interp& I, Value a, Value b, CompareOp op) {
  return richCompare(I, mappingOf(a), isType(I, b, I.types.mappingProxy) ? mappingOf(b) : b, op);
}

// keys(), values(), items(), get() and copy() forward to the dict.
Value forward(Interp& I, Value self, const char* name, CallArgs args) {
  Ref method = Ref::steal(getAttr(I, mappingOf(self), I.intern(name)));
  return call(I, method.get(), args);
}
Value proxyKeys(Interp& I, Value self, CallArgs args) {
  return forward(I, self, "keys", args);
}
Value proxyValues(Interp& I, Value self, CallArgs args) {
  return forward(I, self, "values", args);
}
Value proxyItems(Interp& I, Value self, CallArgs args) {
  return forward(I, self, "items", args);
}
Value proxyGet(Interp& I, Value self, CallArgs args) {
  return forward(I, self, "get", args);
}
Value proxyCopy(Interp& I, Value self, CallArgs args) {
  return forward(I, self, "copy", args);
}

void proxyDestroy(Object* o) {
  Dict* d = std::exchange(static_cast<MappingProxy*>(o)->mapping, nullptr);
  if (d) decref(Value(d));
}

void proxyTraverse(Object* o, const RefVisitor& visit) {
  if (Dict* d = static_cast<MappingProxy*>(o)->mapping) visit(Value(d));
}

}  // namespace

Value newMappingProxy(Interp& I, Dict* mapping) {
  MappingProxy* p = I.alloc<MappingProxy>(I.types.mappingProxy);
  p->mapping = static_cast<Dict*>(newRef(Value(mapping)).asObject());
  return Value(p);
}

void initMappingProxyType(Interp& I) {
  Type* t = I.types.mappingProxy;
  t->getItem = proxyGetItem;
  t->length = proxyLength;
  t->contains = proxyContains;
  t->iter = proxyIter;
  t->repr = proxyRepr;
  t->str = proxyStr;
  t->newInstance = proxyNew;
  t->richCompare = proxyRichCompare;
  t->destroy = proxyDestroy;
  t->traverse = proxyTraverse;
  t->clear = proxyDestroy;
  addMethod(I, t, "keys", proxyKeys);
  addMethod(I, t, "values", proxyValues);
  addMethod(I, t, "items", proxyItems);
  addMethod(I, t, "get", proxyGet);
  addMethod(I, t, "copy", proxyCopy);
}

}  // namespace rw
