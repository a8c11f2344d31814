// Slot wrappers: a built-in type's slots exposed as dunder methods in its dict.
#pragma once

#include <cstdint>

#include "runtime/type.h"

namespace rw {

enum class SlotKind : uint8_t {
  Init,
  New,
  Repr,
  Str,
  Hash,
  Compare,
  GetAttribute,
  SetAttr,
  DelAttr,
  Len,
  GetItem,
  SetItem,
  DelItem,
  Contains,
  Iter,
  Next,
  Call,
  Bool,
  Binary,
  BinaryReflected,
  Inplace,
  Unary,
  Absolute,
  Index,
  Int,
  Float,
  DescrGet,
  DescrSet,
  DescrDelete,
};

void initSlotWrapperType(Interp& I);
// Adds wrappers for the slots `type` defines itself (not those it inherits).
void addSlotWrappers(Interp& I, Type* type);

}  // namespace rw
