// Interpreter start-up and object allocation.
#include "runtime/interp.h"

#include <cstring>

#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/builtins.h"
#include "runtime/type_support.h"

namespace rw {

namespace {
thread_local Interp* currentInterp = nullptr;
}

Interp* Interp::current() { return currentInterp; }

Interp::Activate::Activate(Interp& I) : previous_(currentInterp) { currentInterp = &I; }
Interp::Activate::~Activate() { currentInterp = previous_; }

void* Interp::allocateRaw(size_t size, bool gc) {
  if (!gc) {
    void* memory = std::malloc(size);
    if (!memory) throw std::bad_alloc();
    return memory;
  }
  // Containers carry the collector's links in front of the object.
  auto* links = static_cast<GcLinks*>(std::malloc(sizeof(GcLinks) + size));
  if (!links) throw std::bad_alloc();
  links->next = &gcHead;
  links->prev = gcHead.prev;
  gcHead.prev->next = links;
  gcHead.prev = links;
  ++gcAllocationsSinceCollect;
  return links + 1;
}

void Interp::born(Object* object) {
  object->serial = nextSerial_++;
  if (object->type->hasFlag(kTypeGc)) object->flags |= kGcTracked;
  if (observer) observer->onBirth(object);
}

void Interp::freeRaw(Object* object) {
  if (object->flags & kGcTracked) {
    GcLinks* links = reinterpret_cast<GcLinks*>(object) - 1;
    links->prev->next = links->next;
    links->next->prev = links->prev;
    std::free(links);
    return;
  }
  std::free(object);
}

Str* Interp::intern(std::string_view text) {
  auto it = interned_.find(std::string(text));
  if (it != interned_.end()) return it->second;
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
  // Everything created so far is identical in every interpreter.
  for (auto& [text, s] : interned_) s->flags |= kStatic;
}

Interp::~Interp() {
  Activate activate(*this);
  // Break the module graph so the process can exit with everything released. Objects that
  // are still alive (cycles through static types) are reclaimed with the process.
  decref(pendingException);
  pendingException = Value();
  decref(handledException);
  handledException = Value();
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
