// Interpreter start-up and object allocation.
#include "runtime/interp.h"

#include <cstring>

#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "modules/native_modules.h"
#include "objects/attribute_names.h"
#include "objects/slot_wrapper.h"
#include "runtime/builtins.h"
#include "runtime/snapshot.h"
#include "runtime/type_support.h"

namespace rw {

namespace {
thread_local Interp* currentInterp = nullptr;
}

Interp* Interp::current() { return currentInterp; }

Interp::Activate::Activate(Interp& I) : previous_(currentInterp) { currentInterp = &I; }
Interp::Activate::~Activate() { currentInterp = previous_; }

void* Interp::allocateRaw(size_t size, bool gc) {
  auto* links = static_cast<ObjectLinks*>(std::malloc(sizeof(ObjectLinks) + size));
  if (!links) throw std::bad_alloc();
  ObjectLinks* head = gc ? &gcHead : &plainHead;
  links->next = head;
  links->prev = head->prev;
  head->prev->next = links;
  head->prev = links;
  if (gc && !inspecting) ++gcAllocationsSinceCollect;
  return links + 1;
}

void Interp::born(Object* object) {
  if (inspecting) {
    object->serial = inspectionSerial++;
    if (object->type->hasFlag(kTypeGc)) object->flags |= kGcTracked;
    return;
  }
  object->serial = nextSerial_++;
  if (object->type->hasFlag(kTypeGc)) object->flags |= kGcTracked;
  if (observer) observer->onBirth(object);
}

void Interp::freeRaw(Object* object) {
  if (object->flags & kOldGeneration) --gcOldCount;
  ObjectLinks* links = linksOf(object);
  links->prev->next = links->next;
  links->next->prev = links->prev;
  std::free(links);
}

Str* Interp::intern(std::string_view text) {
  auto it = interned_.find(std::string(text));
  if (it != interned_.end()) return it->second;
  if (inspecting) {
    // Kept alive by the inspection scope's list; never enters the table.
    Str* s = newStr(*this, text);
    inspectionTemporaries.push_back(s);
    return s;
  }
  Str* s = newStr(*this, text);
  s->flags |= kInternedStr;
  interned_.emplace(std::string(text), s);
  return s;
}

void Interp::registerStatic(std::string_view name, Object* object) {
  object->flags |= kStatic;
  statics_[std::string(name)] = object;
}

Object* Interp::findStatic(std::string_view name) const {
  auto it = statics_.find(std::string(name));
  return it == statics_.end() ? nullptr : it->second;
}

void Interp::raise(Value exception) {
  // Like CPython's _PyErr_SetObject: an exception raised natively while another is being
  // handled gets that one as its implicit __context__.
  if (exception.isObject() && isSubtype(exception.asObject()->type, exc.BaseException)) {
    auto* e = static_cast<ExceptionObject*>(exception.asObject());
    if (!e->context) chainHandledContext(*this, e);
  }
  Value old = pendingException;
  pendingException = exception;
  decref(old);
  throw PyException{};
}

Value Interp::takePendingException() {
  Value e = pendingException;
  pendingException = Value();
  return e;
}

Interp::Interp(Host& hostRef) : host(hostRef) {
  // The interpreter is current on the thread that creates it until another takes over.
  if (!currentInterp) currentInterp = this;
  Activate activate(*this);
  createTypes();
  createSingletons();
#define RW_INTERN_NAME(field, text) names.field = intern(text);
  RW_NAMES(RW_INTERN_NAME)
#undef RW_INTERN_NAME
  finishBuiltinTypes(*this);
  initExceptionTypes(*this);
  createBuiltinsModule();
  createSysModule();
  createNativeModules(*this);
  // The slots each built-in type defines become its dunder methods (object.__init__, ...).
  std::vector<Type*> staticTypes;
  for (auto& [name, object] : statics_)
    if (name.starts_with("type:")) staticTypes.push_back(static_cast<Type*>(object));
  std::sort(staticTypes.begin(), staticTypes.end(), [](Type* a, Type* b) { return a->serial < b->serial; });
  for (Type* t : staticTypes) addSlotWrappers(*this, t);
  registerAttributeNames(*this);
  // Everything created so far is identical in every interpreter.
  for (auto& [text, s] : interned_) s->flags |= kStatic;
  startupSerialLimit_ = nextSerial_ - 1;
  registerBuiltinSnapshotCodecs(*this);
}

Interp::~Interp() {
  Interp* previous = currentInterp;
  currentInterp = this;
  // Release every object at once: first each object's own buffers (with counts frozen so
  // nothing is freed twice), then all the memory.
  suspendDestruction = true;
  forEachObject([](Object* o) {
    if (o->type->destroy) o->type->destroy(o);
  });
  std::vector<ObjectLinks*> blocks;
  for (ObjectLinks* head : {&gcHead, &oldHead, &plainHead})
    for (ObjectLinks* l = head->next; l != head; l = l->next) blocks.push_back(l);
  for (ObjectLinks* l : blocks) std::free(l);
  currentInterp = previous == this ? nullptr : previous;
}

void Interp::createTypes() { createCoreTypes(*this); }

void Interp::createSingletons() { createSingletonObjects(*this); }

void Interp::createBuiltinsModule() {
  builtinsModule = newModule(*this, "builtins");
  registerStatic("module:builtins", builtinsModule);
  builtins = builtinsModule->dict;
  registerStatic("dict:builtins", builtins);
  populateBuiltins(*this);
}

void Interp::createSysModule() {
  modules = newDict(*this);
  registerStatic("sys.modules", modules);
  sysModule = newModule(*this, "sys");
  registerStatic("module:sys", sysModule);
  dictSetStr(*this, modules, "builtins", Value(builtinsModule));
  dictSetStr(*this, modules, "sys", Value(sysModule));
  populateSys(*this);
}

void raiseError(Interp& I, Type* type, std::string_view message) {
  I.raise(newExceptionWithMessage(I, type, message));
}
void raiseTypeError(Interp& I, std::string_view message) {
  raiseError(I, I.exc.TypeError, message);
}
void raiseValueError(Interp& I, std::string_view message) {
  raiseError(I, I.exc.ValueError, message);
}

}  // namespace rw
