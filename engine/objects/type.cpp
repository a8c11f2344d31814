// `type` and `object`: creation of the built-in types at start-up, method resolution order,
// attribute lookup along the MRO, and the slots of `type` and `object` themselves.
#include <cstdio>

#include "objects/object_special_methods.h"
#include "objects/abstract_classes.h"
#include "objects/bytearray.h"
#include "objects/bytes.h"
#include "objects/builtin_iterators.h"
#include "objects/cell.h"
#include "objects/code.h"
#include "objects/complex.h"
#include "objects/dict.h"
#include "objects/dict_views.h"
#include "objects/exception.h"
#include "objects/format_methods.h"
#include "objects/float.h"
#include "objects/function.h"
#include "objects/class.h"
#include "objects/descriptors.h"
#include "objects/coroutine.h"
#include "objects/generator.h"
#include "objects/slot_wrapper.h"
#include "objects/slots.h"
#include "objects/generic_alias.h"
#include "objects/mapping_proxy.h"
#include "runtime/build_class.h"
#include "runtime/finalizers.h"
#include "runtime/instance_checks.h"
#include "objects/int.h"
#include "objects/iterators.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/range.h"
#include "objects/set.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/union_type.h"
#include "runtime/frame.h"
#include "runtime/protocols.h"
#include "runtime/type_support.h"

namespace rw {

bool isSubtype(const Type* type, const Type* base) {
  if (type == base) return true;
  if (type->mro) {
    for (int64_t i = 0; i < type->mro->size; ++i)
      if (type->mro->item(i).asObject() == base) return true;
    return false;
  }
  for (const Type* t = type->base; t; t = t->base)
    if (t == base) return true;
  return false;
}

Value typeLookup(Interp& I, Type* type, Str* name) {
  Tuple* mro = type->mro;
  if (!mro) return type->dict ? dictGetStr(I, type->dict, name) : Value();
  for (int64_t i = 0; i < mro->size; ++i) {
    Type* t = static_cast<Type*>(mro->item(i).asObject());
    if (!t->dict) continue;
    Value v = dictGetStr(I, t->dict, name);
    if (v) return v;
  }
  return Value();
}

Value typeLookupName(Interp& I, Type* type, std::string_view name) {
  Tuple* mro = type->mro;
  for (int64_t i = 0; i < mro->size; ++i) {
    Type* t = static_cast<Type*>(mro->item(i).asObject());
    if (!t->dict) continue;
    Value v = dictGetStr(I, t->dict, name);
    if (v) return v;
  }
  return Value();
}

namespace {

Type* allocTypeShell(Interp& I, Type* metatype, Type* base, uint32_t basicSize,
                     uint32_t flags) {
  Type* t = metatype ? I.alloc<Type>(metatype) : nullptr;
  if (!t) {
    // `type` itself: its own type, set up by hand.
    void* memory = I.allocateRaw(sizeof(Type), true);
    t = new (memory) Type();
    t->type = t;
    t->refcnt = 2;
    I.born(t);
  }
  t->base = base;
  if (base) incref(static_cast<Object*>(base));
  t->basicSize = basicSize;
  t->typeFlags = flags | (base ? (base->typeFlags & (kTypeIntSubclass | kTypeStrSubclass |
                                                     kTypeTupleSubclass | kTypeListSubclass |
                                                     kTypeDictSubclass | kTypeTypeSubclass |
                                                     kTypeExceptionSubclass))
                               : 0);
  return t;
}

}  // namespace

void createCoreTypes(Interp& I) {
  auto& T = I.types;
  T.type = allocTypeShell(I, nullptr, nullptr, sizeof(Type),
                          kTypeGc | kTypeBaseType | kTypeTypeSubclass);
  T.object = allocTypeShell(I, T.type, nullptr, sizeof(Object), kTypeBaseType);
  T.type->base = T.object;
  incref(static_cast<Object*>(T.object));
  auto make = [&](Type*& field, Type* base, uint32_t size, uint32_t flags) {
    field = allocTypeShell(I, T.type, base, size, flags);
  };
  make(T.int_, T.object, sizeof(Int), kTypeBaseType | kTypeIntSubclass);
  make(T.bool_, T.int_, sizeof(Int), 0);
  make(T.float_, T.object, sizeof(Float), kTypeBaseType);
  make(T.str, T.object, sizeof(Str), kTypeBaseType | kTypeStrSubclass | kTypeVarSize);
  make(T.tuple, T.object, sizeof(Tuple), kTypeBaseType | kTypeGc | kTypeTupleSubclass | kTypeVarSize);
  make(T.list, T.object, sizeof(List), kTypeBaseType | kTypeGc | kTypeListSubclass);
  make(T.dict, T.object, sizeof(Dict), kTypeBaseType | kTypeGc | kTypeDictSubclass);
  make(T.noneType, T.object, sizeof(Object), 0);
  make(T.notImplementedType, T.object, sizeof(Object), 0);
  make(T.ellipsisType, T.object, sizeof(Object), 0);
  make(T.function, T.object, sizeof(Function), kTypeGc);
  make(T.builtinFunction, T.object, sizeof(BuiltinFunction), kTypeGc);
  make(T.methodDescriptor, T.object, sizeof(MethodDescriptor), 0);
  make(T.boundMethod, T.object, sizeof(BoundMethod), kTypeGc);
  make(T.code, T.object, sizeof(Code), 0);
  make(T.cell, T.object, sizeof(Cell), kTypeGc);
  make(T.module, T.object, sizeof(Module), kTypeBaseType | kTypeGc);
  make(T.frame, T.object, sizeof(Frame), kTypeGc);
  make(T.traceback, T.object, sizeof(Traceback), kTypeGc);
  make(T.range, T.object, sizeof(Range), 0);
  make(T.rangeIterator, T.object, sizeof(RangeIterator), 0);
  make(T.longRangeIterator, T.object, sizeof(RangeIterator), 0);
  make(T.listIterator, T.object, sizeof(SeqIterator), kTypeGc);
  make(T.tupleIterator, T.object, sizeof(SeqIterator), kTypeGc);
  make(T.strIterator, T.object, sizeof(SeqIterator), 0);
  make(T.dictKeyIterator, T.object, sizeof(DictIterator), kTypeGc);
  make(T.slice, T.object, sizeof(Slice), 0);
  make(T.generator, T.object, sizeof(Generator), kTypeGc);
  make(T.staticmethod, T.object, sizeof(Object), kTypeBaseType | kTypeGc);
  make(T.classmethod, T.object, sizeof(Object), kTypeBaseType | kTypeGc);
  make(T.property, T.object, sizeof(Object), kTypeBaseType | kTypeGc);
  make(T.super, T.object, sizeof(Object), kTypeBaseType | kTypeGc);
  make(T.wrapperDescriptor, T.object, sizeof(Object), 0);
  make(T.set, T.object, sizeof(Set), kTypeBaseType | kTypeGc);
  make(T.frozenset, T.object, sizeof(Set), kTypeBaseType | kTypeGc);
  make(T.setIterator, T.object, sizeof(SetIterator), kTypeGc);
  for (Type** view : {&T.dictKeys, &T.dictValues, &T.dictItems})
    make(*view, T.object, sizeof(DictView), kTypeGc);
  for (Type** it : {&T.dictValueIterator, &T.dictItemIterator, &T.dictReverseKeyIterator,
                    &T.dictReverseValueIterator, &T.dictReverseItemIterator})
    make(*it, T.object, sizeof(DictIterator), kTypeGc);
  make(T.enumerate, T.object, sizeof(Enumerate), kTypeBaseType | kTypeGc);
  make(T.zip, T.object, sizeof(Zip), kTypeBaseType | kTypeGc);
  make(T.map, T.object, sizeof(Map), kTypeBaseType | kTypeGc);
  make(T.filter, T.object, sizeof(Filter), kTypeBaseType | kTypeGc);
  make(T.reversed, T.object, sizeof(Reversed), kTypeBaseType | kTypeGc);
  make(T.listReverseIterator, T.object, sizeof(ListReverseIterator), kTypeGc);
  make(T.callableIterator, T.object, sizeof(CallableIterator), kTypeGc);
  make(T.bytes, T.object, sizeof(Bytes), kTypeBaseType);
  make(T.bytesIterator, T.object, sizeof(SeqIterator), 0);
  make(T.bytearray, T.object, sizeof(ByteArray), kTypeBaseType);
  make(T.bytearrayIterator, T.object, sizeof(SeqIterator), 0);
  make(T.complex, T.object, sizeof(Complex), kTypeBaseType);
  make(T.memberDescriptor, T.object, sizeof(MemberDescriptor), kTypeGc);
  make(T.genericAlias, T.object, sizeof(GenericAlias), kTypeGc);
  make(T.sequenceIterator, T.object, sizeof(SeqIterator), kTypeGc);
  make(T.mappingProxy, T.object, sizeof(MappingProxy), kTypeGc);
  make(T.coroutine, T.object, sizeof(Generator), kTypeGc);
  make(T.coroutineWrapper, T.object, sizeof(CoroutineWrapper), kTypeGc);
  make(T.asyncGenerator, T.object, sizeof(Generator), kTypeGc);
  make(T.asyncGenASend, T.object, sizeof(AsyncGenAwaitable), kTypeGc);
  make(T.asyncGenAThrow, T.object, sizeof(AsyncGenAwaitable), kTypeGc);
  make(T.asyncGenWrappedValue, T.object, sizeof(AsyncGenWrappedValue), kTypeGc);
}

void completeStaticType(Interp& I, Type* type, std::string_view name) {
  type->name = newRef(I.intern(name));
  type->qualname = newRef(type->name);
  if (!type->dict) type->dict = newDict(I);
  if (!type->bases) {
    type->bases = type->base ? newTupleOf(I, {Value(type->base)}) : newTuple(I, 0);
  }
  // A static type has one base, so its MRO is itself followed by its base's MRO.
  int64_t baseLen = type->base && type->base->mro ? type->base->mro->size : 0;
  Tuple* mro = newTuple(I, baseLen + 1);
  mro->items()[0] = newRef(Value(type));
  for (int64_t i = 0; i < baseLen; ++i) mro->items()[i + 1] = newRef(type->base->mro->item(i));
  type->mro = mro;
  I.registerStatic(std::string("type:") + std::string(name), type);
}

Type* newStaticType(Interp& I, std::string_view name, Type* base, uint32_t basicSize,
                    uint32_t flags) {
  Type* t = allocTypeShell(I, I.types.type, base, basicSize, flags);
  completeStaticType(I, t, name);
  inheritSlots(t);
  return t;
}

void inheritSlots(Type* t) {
  Type* b = t->base;
  if (!b) return;
#define RW_INHERIT(slot) \
  if (!t->slot) t->slot = b->slot;
  RW_INHERIT(destroy)
  RW_INHERIT(traverse)
  RW_INHERIT(clear)
  RW_INHERIT(finalize)
  RW_INHERIT(newInstance)
  RW_INHERIT(init)
  RW_INHERIT(repr)
  RW_INHERIT(str)
  // Like CPython, hash and comparison are inherited together: a type that defines its own
  // equality without a hash is unhashable.
  if (!t->hash && !t->richCompare) t->hash = b->hash;
  RW_INHERIT(richCompare)
  RW_INHERIT(getAttr)
  RW_INHERIT(setAttr)
  RW_INHERIT(call)
  RW_INHERIT(iter)
  RW_INHERIT(next)
  RW_INHERIT(descrGet)
  RW_INHERIT(descrSet)
  RW_INHERIT(absolute)
  RW_INHERIT(truth)
  RW_INHERIT(index)
  RW_INHERIT(toInt)
  RW_INHERIT(toFloat)
  RW_INHERIT(length)
  RW_INHERIT(getItem)
  RW_INHERIT(setItem)
  RW_INHERIT(contains)
#undef RW_INHERIT
  for (int i = 0; i < kBinaryOpCount; ++i) {
    if (!t->binary[i]) t->binary[i] = b->binary[i];
    if (!t->inplace[i]) t->inplace[i] = b->inplace[i];
  }
  for (int i = 0; i < 3; ++i)
    if (!t->unary[i]) t->unary[i] = b->unary[i];
  if (!t->instanceDict) t->instanceDict = b->instanceDict;
}

void finishBuiltinTypes(Interp& I) {
  auto& T = I.types;
  // Names, dicts and MROs first (object before everything, int before bool).
#define RW_COMPLETE_TYPE(field, pyname) completeStaticType(I, T.field, pyname);
  RW_BUILTIN_TYPES(RW_COMPLETE_TYPE)
#undef RW_COMPLETE_TYPE
  initObjectType(I);
  initTypeType(I);
  initSingletonTypes(I);
  initIntType(I);
  initBoolType(I);
  initFloatType(I);
  initStrType(I);
  initTupleType(I);
  initListType(I);
  initDictType(I);
  initFunctionTypes(I);
  initCodeType(I);
  initCellType(I);
  initModuleType(I);
  initFrameType(I);
  initTracebackType(I);
  initRangeTypes(I);
  initIteratorTypes(I);
  initSliceType(I);
  initGeneratorType(I);
  initCoroutineTypes(I);
  initAsyncGeneratorTypes(I);
  initDescriptorTypes(I);
  initSuperType(I);
  initSlotWrapperType(I);
  initSetTypes(I);
  initDictViewTypes(I);
  initEnumerateType(I);
  initZipType(I);
  initMapFilterTypes(I);
  initReversedTypes(I);
  initCallableIteratorType(I);
  initBytesType(I);
  initByteArrayType(I);
  initComplexType(I);
  initMemberDescriptorType(I);
  initGenericAliasType(I);
  initUnionType(I);
  initSequenceIteratorType(I);
  initMappingProxyType(I);
  initFinalizers(I);
  addTypeIntrospectionMethods(I);
  addObjectSpecialMethods(I);
#define RW_INHERIT_TYPE(field, pyname) inheritSlots(T.field);
  RW_BUILTIN_TYPES(RW_INHERIT_TYPE)
#undef RW_INHERIT_TYPE
}

// ---- object -----------------------------------------------------------------------------

std::string objectAddress(Value v) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "0x%llx",
                static_cast<unsigned long long>(0x7f0000000000ull + v.asObject()->serial * 16));
  return buffer;
}

Value defaultRepr(Interp& I, Value self) {
  Type* t = typeOf(I, self);
  std::string text = "<";
  if (t->module) text += std::string(t->module->view()) + ".";
  text += std::string(t->qualname ? t->qualname->view() : t->name->view());
  text += " object at " + objectAddress(self) + ">";
  return Value(newStr(I, text));
}

namespace {

Hash objectHash(Interp&, Value self) {
  // Identity hash from the serial number: deterministic across runs, unlike an address.
  uint64_t serial = self.asObject()->serial;
  return static_cast<Hash>((serial * 0x9E3779B97F4A7C15ull) >> 2);
}

Value objectRichCompare(Interp& I, Value a, Value b, CompareOp op) {
  if (op == CompareOp::Eq) return a.is(b) ? I.boolean(true) : newRef(Value(I.notImplemented));
  if (op == CompareOp::Ne) {
    // != defaults to the inverse of ==, when == gives an answer.
    Type* t = typeOf(I, a);
    if (t->richCompare && t->richCompare != objectRichCompare) {
      Ref eq = Ref::steal(t->richCompare(I, a, b, CompareOp::Eq));
      if (eq.get().is(Value(I.notImplemented))) return eq.release();
      return I.boolean(!truthy(I, eq.get()));
    }
    return a.is(b) ? I.boolean(false) : newRef(Value(I.notImplemented));
  }
  return newRef(Value(I.notImplemented));
}

// str() checks the result, reporting it as __str__'s like CPython's object_str.
Value objectStr(Interp& I, Value self) {
  Type* t = typeOf(I, self);
  return t->repr ? t->repr(I, self) : defaultRepr(I, self);
}

Value objectNew(Interp& I, Type* type, CallArgs args) {
  if ((args.nargs || args.nkw()) && type->init == nullptr)
    raiseTypeError(I, std::string(type->name->view()) + "() takes no arguments");
  checkNotAbstract(I, type);
  Object* o = I.alloc<Object>(type);
  return Value(o);
}

Value objectGetAttr(Interp& I, Value self, Str* name) { return genericGetAttr(I, self, name); }

// object.__init_subclass__: the end of every cooperative chain, taking no arguments.
Value objectInitSubclass(Interp& I, Value cls, CallArgs args) {
  std::string name(static_cast<Type*>(cls.asObject())->name->view());
  if (args.nkw()) raiseTypeError(I, name + ".__init_subclass__() takes no keyword arguments");
  if (args.nargs)
    raiseTypeError(I, name + ".__init_subclass__() takes no arguments (" + std::to_string(args.nargs) + " given)");
  return I.None();
}
void objectSetAttr(Interp& I, Value self, Str* name, Value value) {
  genericSetAttr(I, self, name, value);
}

// ---- type -------------------------------------------------------------------------------

Value typeRepr(Interp& I, Value self) {
  Type* t = static_cast<Type*>(self.asObject());
  std::string text = "<class '";
  if (t->module && t->module->view() != "builtins") text += std::string(t->module->view()) + ".";
  text += std::string(t->qualname ? t->qualname->view() : t->name->view());
  text += "'>";
  return Value(newStr(I, text));
}

Value typeCall(Interp& I, Value self, CallArgs args) {
  Type* t = static_cast<Type*>(self.asObject());
  if (t == I.types.type && args.nargs == 1 && args.nkw() == 0) {
    return newRef(Value(typeOf(I, args.args[0])));
  }
  if (t == I.types.type && args.nargs != 3)
    raiseTypeError(I, "type() takes 1 or 3 arguments");
  if (!t->newInstance)
    raiseTypeError(I, "cannot create '" + std::string(t->name->view()) + "' instances");
  Ref instance = Ref::steal(t->newInstance(I, t, args));
  if (t->init && isInstance(I, instance.get(), t)) t->init(I, instance.get(), args);
  return instance.release();
}

Value typeGetAttr(Interp& I, Value self, Str* name) {
  Type* t = static_cast<Type*>(self.asObject());
  Type* meta = typeOf(I, self);
  Value metaAttr = typeLookup(I, meta, name);
  if (metaAttr) {
    Type* mt = typeOf(I, metaAttr);
    if (mt->descrGet && mt->descrSet) return mt->descrGet(I, metaAttr, self, Value(meta));
  }
  Value attr = typeLookup(I, t, name);
  if (attr) {
    Type* at = typeOf(I, attr);
    if (at->descrGet) return at->descrGet(I, attr, Value(), self);
    return newRef(attr);
  }
  if (metaAttr) {
    Type* mt = typeOf(I, metaAttr);
    if (mt->descrGet) return mt->descrGet(I, metaAttr, self, Value(meta));
    return newRef(metaAttr);
  }
  std::string_view n = name->view();
  if (n == "__name__") {
    // A static type's name may carry its module ("itertools.count", like CPython's tp_name,
    // which error messages show); __name__ is the part after the last dot.
    std::string_view full = t->name->view();
    size_t dot = t->hasFlag(kTypeHeap) ? std::string_view::npos : full.rfind('.');
    if (dot == std::string_view::npos) return newRef(Value(t->name));
    return Value(newStr(I, full.substr(dot + 1)));
  }
  if (n == "__qualname__") return newRef(Value(t->qualname));
  if (n == "__class__") return newRef(Value(meta));
  if (n == "__mro__") return newRef(Value(t->mro));
  if (n == "__bases__") return newRef(Value(t->bases));
  if (n == "__base__") return t->base ? newRef(Value(t->base)) : I.None();
  if (n == "__dict__") return newMappingProxy(I, t->dict);
  if (n == "__doc__") return I.None();
  if (n == "__module__")
    return t->module ? newRef(Value(t->module)) : newRef(Value(I.intern("builtins")));
  return Value();
}

void typeSetAttr(Interp& I, Value self, Str* name, Value value) {
  Type* t = static_cast<Type*>(self.asObject());
  if (!t->hasFlag(kTypeHeap))
    raiseTypeError(I, "cannot set '" + std::string(name->view()) +
                          "' attribute of immutable type '" + std::string(t->name->view()) + "'");
  if (value) {
    dictSet(I, t->dict, Value(name), value);
  } else if (!dictDel(I, t->dict, Value(name))) {
    raiseError(I, I.exc.AttributeError,
               "type object '" + std::string(t->name->view()) + "' has no attribute '" +
                   std::string(name->view()) + "'");
  }
  std::string_view n = name->view();
  if (n.size() > 4 && n.starts_with("__") && n.ends_with("__")) updateClassSlots(I, t);
  if (I.observer) I.observer->onWrite(t);
}

// type(name, bases, dict) and metaclass.__new__ through type.__new__.
Value typeNew(Interp& I, Type* metatype, CallArgs args) {
  if (args.nargs != 3) raiseTypeError(I, "type.__new__() takes exactly 3 arguments (" + std::to_string(args.nargs) + " given)");
  Value name = args.args[0], bases = args.args[1], ns = args.args[2];
  if (!isInstance(I, name, I.types.str))
    raiseTypeError(I, "type.__new__() argument 1 must be str, not " + std::string(typeName(I, name)));
  if (!isInstance(I, bases, I.types.tuple))
    raiseTypeError(I, "type.__new__() argument 2 must be tuple, not " + std::string(typeName(I, bases)));
  if (!isInstance(I, ns, I.types.dict))
    raiseTypeError(I, "type.__new__() argument 3 must be dict, not " + std::string(typeName(I, ns)));
  Ref kwds = Ref::steal(Value(newDict(I)));
  for (size_t i = 0; i < args.nkw(); ++i)
    dictSet(I, kwds.as<Dict>(), args.kwnames->item(static_cast<int64_t>(i)), args.kwValue(i));
  metatype = calculateMetaclass(I, metatype, static_cast<Tuple*>(bases.asObject()));
  Type* t = createClass(I, metatype, static_cast<Str*>(name.asObject()), static_cast<Tuple*>(bases.asObject()),
                        static_cast<Dict*>(ns.asObject()));
  Ref typeRef = Ref::steal(Value(t));
  finishNewClass(I, t, kwds.as<Dict>());
  return typeRef.release();
}

void typeInit(Interp& I, Value, CallArgs args) {
  if (args.nargs != 1 && args.nargs != 3) raiseTypeError(I, "type.__init__() takes 1 or 3 arguments");
}

void typeDestroy(Object* o) {
  Type* t = static_cast<Type*>(o);
  for (Object* field : {static_cast<Object*>(t->name), static_cast<Object*>(t->qualname),
                        static_cast<Object*>(t->module), static_cast<Object*>(t->base),
                        static_cast<Object*>(t->bases), static_cast<Object*>(t->mro),
                        static_cast<Object*>(t->dict)})
    if (field) decref(field);
}

void typeClear(Object* o) {
  Type* t = static_cast<Type*>(o);
  Tuple* mro = std::exchange(t->mro, nullptr);
  Dict* dict = std::exchange(t->dict, nullptr);
  if (mro) decref(Value(mro));
  if (dict) decref(Value(dict));
}

void typeTraverse(Object* o, const RefVisitor& visit) {
  Type* t = static_cast<Type*>(o);
  if (t->dict) visit(Value(t->dict));
  if (t->mro) visit(Value(t->mro));
  if (t->bases) visit(Value(t->bases));
}

}  // namespace

void initObjectType(Interp& I) {
  Type* t = I.types.object;
  t->newInstance = objectNew;
  addSubclassHook(I, t);
  addFormatMethods(I);
  t->repr = defaultRepr;
  t->str = objectStr;
  t->hash = objectHash;
  t->richCompare = objectRichCompare;
  t->getAttr = objectGetAttr;
  t->setAttr = objectSetAttr;
  addMethod(I, t, "__init_subclass__", objectInitSubclass, nullptr, true);
}

void initTypeType(Interp& I) {
  Type* t = I.types.type;
  t->repr = typeRepr;
  t->call = typeCall;
  t->getAttr = typeGetAttr;
  t->setAttr = typeSetAttr;
  t->traverse = typeTraverse;
  t->newInstance = typeNew;
  t->init = typeInit;
  t->destroy = typeDestroy;
  t->clear = typeClear;
}

}  // namespace rw
