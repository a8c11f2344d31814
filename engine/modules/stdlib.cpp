#include "modules/stdlib.h"

namespace rw {

const StdlibModule* findStdlibModule(std::string_view name) {
  for (const StdlibModule& m : stdlibModules())
    if (m.name == name) return &m;
  return nullptr;
}

}  // namespace rw
