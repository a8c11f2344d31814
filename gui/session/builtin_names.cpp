#include "gui/session/builtin_names.h"

#include "runtime/builtins.h"
#include "runtime/host.h"
#include "runtime/interp.h"

namespace rw::gui {

// A throwaway interpreter: the names are the same in every one.
std::vector<std::string> listBuiltinNames() {
  ProcessHost host;
  Interp I(host);
  return rw::builtinNames(I);
}

const std::vector<std::string>& builtinNames() {
  static const std::vector<std::string> names = listBuiltinNames();
  return names;
}

}  // namespace rw::gui
