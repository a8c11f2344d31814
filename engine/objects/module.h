// module: a namespace (its dict) created by executing a module's code (seed 6.10).
#pragma once

#include <string_view>

#include "runtime/type.h"

namespace rw {

struct Module : Object {
  Dict* dict = nullptr;
};

Module* newModule(Interp& I, std::string_view name);

}  // namespace rw
