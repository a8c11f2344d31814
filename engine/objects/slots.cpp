// __slots__ layout and member descriptors, with CPython 3.11's checks and messages.
#include "objects/slots.h"

#include <algorithm>
#include <string>
#include <vector>

#include "objects/class.h"
#include "objects/dict.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/protocols.h"
#include "runtime/type_support.h"

namespace rw {

namespace {

constexpr uint32_t kWord = sizeof(Value);

uint32_t alignWord(uint32_t size) {
  return (size + kWord - 1) & ~(kWord - 1);
}

MemberDescriptor* asMember(Value v) {
  return static_cast<MemberDescriptor*>(v.asObject());
}

Value* wordAt(Value obj, uint32_t offset) { return classWordAt(obj.asObject(), offset); }

bool isIdentifier(std::string_view s) {
  if (s.empty()) return false;
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    bool letter = c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
    if (!letter && !(i > 0 && c >= '0' && c <= '9')) return false;
  }
  return true;
}

// Private names in __slots__ are mangled like attribute names in the class body.
std::string mangled(std::string_view className, std::string_view name) {
  if (!name.starts_with("__") || name.ends_with("__") || name.find('.') != std::string_view::npos)
    return std::string(name);
  size_t skip = className.find_first_not_of('_');
  if (skip == std::string_view::npos) return std::string(name);
  return "_" + std::string(className.substr(skip)) + std::string(name);
}

// CPython's built-in types with items of their own size (tp_itemsize): their subclasses
// get no __slots__ words. str has none there, so its subclasses may have them (after the
// text, like the dict: classWordAt).
bool hasItems(Interp& I, Type* native) {
  return isSubtype(native, I.types.tuple) || isSubtype(native, I.types.int_) ||
         isSubtype(native, I.types.bytes);
}

void checkOwner(Interp& I, MemberDescriptor* m, Value obj) {
  if (!isInstance(I, obj, m->owner))
    raiseTypeError(I, "descriptor '" + std::string(m->name->view()) + "' for '" +
                          std::string(m->owner->name->view()) + "' objects doesn't apply to a '" +
                          std::string(typeName(I, obj)) + "' object");
}

Value memberGet(Interp& I, Value descr, Value obj, Value) {
  MemberDescriptor* m = asMember(descr);
  if (!obj || obj.is(I.None())) return newRef(descr);
  checkOwner(I, m, obj);
  Value v = *wordAt(obj, m->offset);
  if (!v)
    raiseError(I, I.exc.AttributeError,
               "'" + std::string(typeName(I, obj)) + "' object has no attribute '" +
                   std::string(m->name->view()) + "'");
  return newRef(v);
}

void memberSet(Interp& I, Value descr, Value obj, Value value) {
  MemberDescriptor* m = asMember(descr);
  checkOwner(I, m, obj);
  Value* word = wordAt(obj, m->offset);
  if (!value && !*word) raiseError(I, I.exc.AttributeError, std::string(m->name->view()));
  Value old = *word;
  *word = value ? newRef(value) : Value();
  if (I.observer) I.observer->onWrite(obj.asObject());
  decref(old);
}

Value memberRepr(Interp& I, Value self) {
  MemberDescriptor* m = asMember(self);
  return Value(newStr(I, "<member '" + std::string(m->name->view()) + "' of '" +
                             std::string(m->owner->name->view()) + "' objects>"));
}

Value memberGetAttr(Interp& I, Value self, Str* name) {
  MemberDescriptor* m = asMember(self);
  std::string_view n = name->view();
  if (n == "__name__") return newRef(Value(m->name));
  if (n == "__qualname__")
    return Value(
        newStr(I, std::string(m->owner->qualname->view()) + "." + std::string(m->name->view())));
  if (n == "__objclass__") return newRef(Value(m->owner));
  if (n == "__doc__") return I.None();
  return genericGetAttr(I, self, name);
}

void memberDestroy(Object* o) {
  MemberDescriptor* m = static_cast<MemberDescriptor*>(o);
  if (m->name) decref(Value(m->name));
  if (m->owner) decref(Value(m->owner));
}

void memberTraverse(Object* o, const RefVisitor& visit) {
  MemberDescriptor* m = static_cast<MemberDescriptor*>(o);
  if (m->owner) visit(Value(m->owner));
}

void memberClear(Object* o) {
  MemberDescriptor* m = static_cast<MemberDescriptor*>(o);
  Type* owner = std::exchange(m->owner, nullptr);
  if (owner) decref(Value(owner));
}

// The names listed in __slots__ (a str is a single name).
std::vector<Ref> slotNames(Interp& I, Value slots) {
  std::vector<Ref> names;
  if (isInstance(I, slots, I.types.str)) {
    names.push_back(Ref::borrow(slots));
    return names;
  }
  Ref it = Ref::steal(getIter(I, slots));
  while (Ref item = Ref::steal(iterNext(I, it.get())))
    names.push_back(std::move(item));
  return names;
}

}  // namespace

uint32_t classWordsStart(Type* type) {
  return alignWord(nativeBase(type)->basicSize);
}

void layOutInstances(Interp& I, Type* t, Type* best, Dict* dict) {
  bool baseHasDict = best->dictOffset || best->instanceDict || isSubtype(best, I.types.type);
  t->basicSize = best->basicSize;
  t->dictOffset = best->dictOffset;
  Value slots = dictGetStr(I, dict, "__slots__");
  if (!slots) {
    if (!baseHasDict) {
      t->dictOffset = alignWord(best->basicSize);
      t->basicSize = t->dictOffset + kWord;
    }
    return;
  }
  Ref hold = Ref::borrow(slots);
  std::vector<Ref> listed = slotNames(I, slots);
  bool wantDict = false;
  std::vector<std::string> names;
  for (Ref& item : listed) {
    if (!isInstance(I, item.get(), I.types.str))
      raiseTypeError(
          I, "__slots__ items must be strings, not '" + std::string(typeName(I, item.get())) + "'");
    std::string_view name = strView(item.get());
    if (!isIdentifier(name)) raiseTypeError(I, "__slots__ must be identifiers");
    if (name == "__dict__") {
      if (baseHasDict || wantDict)
        raiseTypeError(I, "__dict__ slot disallowed: we already got one");
      wantDict = true;
      continue;
    }
    if (name == "__weakref__") continue;
    std::string slot = mangled(t->name->view(), name);
    if (dictGetStr(I, dict, slot))
      raiseValueError(I, "'" + slot + "' in __slots__ conflicts with class variable");
    names.push_back(slot);
  }
  if (!names.empty() && hasItems(I, nativeBase(best)))
    raiseTypeError(I, "nonempty __slots__ not supported for subtype of '" +
                          std::string(best->name->view()) + "'");
  std::sort(names.begin(), names.end());
  uint32_t offset = alignWord(best->basicSize);
  for (const std::string& name : names) {
    MemberDescriptor* m = I.alloc<MemberDescriptor>(I.types.memberDescriptor);
    Ref member = Ref::steal(Value(m));
    m->owner = newRef(t);
    m->name = newRef(I.intern(name));
    m->offset = offset;
    offset += kWord;
    dictSet(I, dict, Value(m->name), member.get());
  }
  if (wantDict) {
    t->dictOffset = offset;
    offset += kWord;
  }
  t->basicSize = offset;
}

void initMemberDescriptorType(Interp& I) {
  Type* t = I.types.memberDescriptor;
  t->descrGet = memberGet;
  t->descrSet = memberSet;
  t->repr = memberRepr;
  t->getAttr = memberGetAttr;
  t->destroy = memberDestroy;
  t->traverse = memberTraverse;
  t->clear = memberClear;
}

}  // namespace rw
