// Lookup in the generated, sorted table of CPython's start-up interned names.
#include "compiler/cpython_interned.h"

#include <algorithm>
#include <iterator>

namespace rw {

namespace {

constexpr std::string_view kInterned[] = {
#include "compiler/cpython_interned_names.inc"
};

}  // namespace

bool cpythonInternedAtStartup(std::string_view text) {
  return std::binary_search(std::begin(kInterned), std::end(kInterned), text);
}

}  // namespace rw
