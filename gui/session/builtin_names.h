// The names a fresh module finds in the builtins (print, len, ValueError, ...), for the
// Symbols view's "builtin" classification.
#pragma once

#include <string>
#include <vector>

namespace rw::gui {

// Computed once per process, in a throwaway interpreter.
const std::vector<std::string>& builtinNames();

}  // namespace rw::gui
