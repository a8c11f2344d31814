// Compiling a test program and visiting its code objects in `rewind dis` order: the module,
// then the code objects among each one's constants, depth-first.
#pragma once

#include <functional>

#include "compiler/compiler.h"
#include "objects/code.h"
#include "objects/tuple.h"
#include "runtime/interp.h"
#include "runtime/protocols.h"

namespace rw::testing {

inline void forEachCode(Interp& I, const Code* code,
                        const std::function<void(const Code*)>& visit) {
  visit(code);
  for (int64_t i = 0; i < code->consts->size; ++i) {
    Value constant = code->consts->item(i);
    if (isType(I, constant, I.types.code))
      forEachCode(I, static_cast<const Code*>(constant.asObject()), visit);
  }
}

}  // namespace rw::testing
