// Rewind's modules written in Python (engine/stdlib/*.py), embedded in the binary. They run
// on the engine like any module; their file names start with "<rewind>/" so that the
// debugger can tell them from the user's code ("just my code").
#pragma once

#include <string_view>
#include <vector>

namespace rw {

struct StdlibModule {
  std::string_view name;
  std::string_view source;
};

const std::vector<StdlibModule>& stdlibModules();
// The source of a Python-written module, or nothing.
const StdlibModule* findStdlibModule(std::string_view name);
inline constexpr std::string_view kStdlibPathPrefix = "<rewind>/";

}  // namespace rw
