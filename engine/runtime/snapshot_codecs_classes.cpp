// Snapshot codecs for classes created at run time, their instances, and the descriptor
// types (property, staticmethod, classmethod, super).
#include "objects/class.h"
#include "objects/descriptors.h"
#include "objects/dict.h"
#include "objects/generic_alias.h"
#include "objects/mapping_proxy.h"
#include "objects/slots.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/snapshot.h"
#include "runtime/type_support.h"

namespace rw {

namespace {

template <class T>
T* allocateBare(Interp& I, Type* type) {
  size_t size = std::max<size_t>(sizeof(T), type->basicSize);
  void* memory = I.allocateRaw(size, type->hasFlag(kTypeGc));
  std::memset(memory, 0, size);
  return new (memory) T();
}

// ---- classes -----------------------------------------------------------------------------------

// Flags and sizes come first: instances are allocated before the class's fields are read.
void typeWrite(Interp&, Object* o, SnapshotEncoder& e) {
  Type* t = static_cast<Type*>(o);
  e.w.varint(t->typeFlags);
  e.w.varint(t->basicSize);
  e.w.varint(t->dictOffset);
  e.object(nativeBase(t));
  for (Object* field : {static_cast<Object*>(t->name), static_cast<Object*>(t->qualname),
                        static_cast<Object*>(t->module), static_cast<Object*>(t->base),
                        static_cast<Object*>(t->bases), static_cast<Object*>(t->mro),
                        static_cast<Object*>(t->dict)})
    e.object(field);
}

Object* typeAllocate(Interp& I, Type* metatype, SnapshotDecoder& d) {
  Type* t = allocateBare<Type>(I, metatype);
  t->typeFlags = static_cast<uint32_t>(d.r.varint());
  t->basicSize = static_cast<uint32_t>(d.r.varint());
  t->dictOffset = static_cast<uint32_t>(d.r.varint());
  // Until the fields are read, the built-in base stands in for the base so that instances
  // can be allocated with the right layout.
  t->base = d.object<Type>();
  return t;
}

void typeRead(Interp&, Object* o, SnapshotDecoder& d) {
  Type* t = static_cast<Type*>(o);
  d.r.varint();
  d.r.varint();
  d.r.varint();
  d.value();
  t->name = d.object<Str>();
  t->qualname = d.object<Str>();
  t->module = d.object<Str>();
  t->base = d.object<Type>();
  t->bases = d.object<Tuple>();
  t->mro = d.object<Tuple>();
  t->dict = d.object<Dict>();
}

// Slots are not stored: they follow from the class's dict and bases, like at creation.
void typeFinish(Interp& I, Object* o) {
  Type* t = static_cast<Type*>(o);
  if (!t->hasFlag(kTypeHeap)) return;
  inheritSlots(t);
  installClassLifecycle(t);
  updateClassSlots(I, t);
}

// ---- instances of classes ----------------------------------------------------------------------

const SnapshotCodec* nativeCodec(Interp& I, Type* type) {
  const SnapshotCodec* codec = snapshotCodecFor(I, nativeBase(type));
  if (!codec) throw SnapshotError("no snapshot codec for the base of class '" + std::string(type->name->view()) + "'");
  return codec;
}

// The words a class adds after its built-in layout: the instance dict and __slots__ values.
Value* classWord(Object* o, uint32_t offset) { return classWordAt(o, offset); }

void instanceWrite(Interp& I, Object* o, SnapshotEncoder& e) {
  nativeCodec(I, o->type)->write(I, o, e);
  for (uint32_t offset = classWordsStart(o->type); offset + sizeof(Value) <= o->type->basicSize; offset += sizeof(Value))
    e.value(*classWord(o, offset));
}

Object* instanceAllocate(Interp& I, Type* type, SnapshotDecoder& d) {
  return nativeCodec(I, type)->allocate(I, type, d);
}

void instanceRead(Interp& I, Object* o, SnapshotDecoder& d) {
  nativeCodec(I, o->type)->read(I, o, d);
  for (uint32_t offset = classWordsStart(o->type); offset + sizeof(Value) <= o->type->basicSize; offset += sizeof(Value))
    *classWord(o, offset) = d.value();
}

void memberWrite(Interp&, Object* o, SnapshotEncoder& e) {
  MemberDescriptor* m = static_cast<MemberDescriptor*>(o);
  e.object(m->owner);
  e.object(m->name);
  e.w.varint(m->offset);
}
Object* memberAllocate(Interp& I, Type* type, SnapshotDecoder&) { return allocateBare<MemberDescriptor>(I, type); }
void memberRead(Interp&, Object* o, SnapshotDecoder& d) {
  MemberDescriptor* m = static_cast<MemberDescriptor*>(o);
  m->owner = d.object<Type>();
  m->name = d.object<Str>();
  m->offset = static_cast<uint32_t>(d.r.varint());
}

void instanceFinish(Interp& I, Object* o) {
  const SnapshotCodec* codec = nativeCodec(I, o->type);
  if (codec->finish) codec->finish(I, o);
}

// ---- descriptors -----------------------------------------------------------------------------------

void propertyWrite(Interp&, Object* o, SnapshotEncoder& e) {
  Property* p = static_cast<Property*>(o);
  for (Value v : {p->getter, p->setter, p->deleter, p->doc, p->name}) e.value(v);
}
Object* propertyAllocate(Interp& I, Type* type, SnapshotDecoder&) { return allocateBare<Property>(I, type); }
void propertyRead(Interp&, Object* o, SnapshotDecoder& d) {
  Property* p = static_cast<Property*>(o);
  p->getter = d.value();
  p->setter = d.value();
  p->deleter = d.value();
  p->doc = d.value();
  p->name = d.value();
}

void wrapperWrite(Interp&, Object* o, SnapshotEncoder& e) {
  MethodWrapper* w = static_cast<MethodWrapper*>(o);
  e.value(w->callable);
  e.object(w->dict);
}
Object* wrapperAllocate(Interp& I, Type* type, SnapshotDecoder&) { return allocateBare<MethodWrapper>(I, type); }
void wrapperRead(Interp&, Object* o, SnapshotDecoder& d) {
  MethodWrapper* w = static_cast<MethodWrapper*>(o);
  w->callable = d.value();
  w->dict = d.object<Dict>();
}

void aliasWrite(Interp&, Object* o, SnapshotEncoder& e) {
  GenericAlias* a = static_cast<GenericAlias*>(o);
  e.value(a->origin);
  e.object(a->args);
}
Object* aliasAllocate(Interp& I, Type* type, SnapshotDecoder&) { return allocateBare<GenericAlias>(I, type); }
void aliasRead(Interp&, Object* o, SnapshotDecoder& d) {
  GenericAlias* a = static_cast<GenericAlias*>(o);
  a->origin = d.value();
  a->args = d.object<Tuple>();
}

void proxyWrite(Interp&, Object* o, SnapshotEncoder& e) { e.object(static_cast<MappingProxy*>(o)->mapping); }
Object* proxyAllocate(Interp& I, Type* type, SnapshotDecoder&) { return allocateBare<MappingProxy>(I, type); }
void proxyRead(Interp&, Object* o, SnapshotDecoder& d) { static_cast<MappingProxy*>(o)->mapping = d.object<Dict>(); }

const SnapshotCodec kType{typeWrite, typeAllocate, typeRead, nullptr, false, typeFinish};
const SnapshotCodec kInstance{instanceWrite, instanceAllocate, instanceRead, nullptr, false, instanceFinish};
const SnapshotCodec kProperty{propertyWrite, propertyAllocate, propertyRead, nullptr, false, nullptr};
const SnapshotCodec kMethodWrapper{wrapperWrite, wrapperAllocate, wrapperRead, nullptr, false, nullptr};
const SnapshotCodec kMember{memberWrite, memberAllocate, memberRead, nullptr, false, nullptr};
const SnapshotCodec kGenericAlias{aliasWrite, aliasAllocate, aliasRead, nullptr, false, nullptr};
const SnapshotCodec kMappingProxy{proxyWrite, proxyAllocate, proxyRead, nullptr, false, nullptr};

}  // namespace

const SnapshotCodec* classInstanceCodec() { return &kInstance; }

void registerClassSnapshotCodecs(Interp& I) {
  registerSnapshotCodec(I, I.types.type, &kType);
  registerSnapshotCodec(I, I.types.property, &kProperty);
  registerSnapshotCodec(I, I.types.staticmethod, &kMethodWrapper);
  registerSnapshotCodec(I, I.types.classmethod, &kMethodWrapper);
  registerSnapshotCodec(I, I.types.memberDescriptor, &kMember);
  registerSnapshotCodec(I, I.types.genericAlias, &kGenericAlias);
  registerSnapshotCodec(I, I.types.mappingProxy, &kMappingProxy);
  registerSuperSnapshotCodec(I);
}

}  // namespace rw
