// __slots__: classes whose instances keep named attributes in fixed words after their
// built-in layout instead of (or besides) an instance dict, each reached through a
// member_descriptor in the class dict.
#pragma once

#include <cstdint>

#include "runtime/type.h"

namespace rw {

struct Dict;
struct Str;

struct MemberDescriptor : Object {
  Type* owner = nullptr;
  Str* name = nullptr;
  uint32_t offset = 0;  // of the word in an instance
};

// Reads `ns["__slots__"]` of a class being created and lays out its instances: one word per
// slot after the base's layout (plus the dict slot when "__dict__" is listed or the class has
// no __slots__ and the base has no dict). Adds the member descriptors to `dict`. Raises
// CPython's errors for bad slot lists.
void layOutInstances(Interp& I, Type* type, Type* best, Dict* dict);
// The first byte after the built-in layout of `type`'s instances, where class words start.
uint32_t classWordsStart(Type* type);
void initMemberDescriptorType(Interp& I);

}  // namespace rw
