// Bounds native recursion: every place where C++ code re-enters Python-level work that can
// nest without limit (an evaluator loop, repr of nested containers, comparisons) holds one.
#pragma once

#include <string_view>

#include "runtime/interp.h"

namespace rw {

class NativeDepthGuard {
 public:
  NativeDepthGuard(Interp& I, std::string_view what) : I_(I) {
    if (I_.nativeDepth >= Interp::kMaxNativeDepth) {
      raiseError(I_, I_.exc.RecursionError,
                 std::string("maximum recursion depth exceeded") + std::string(what));
    }
    ++I_.nativeDepth;
  }
  ~NativeDepthGuard() { --I_.nativeDepth; }
  NativeDepthGuard(const NativeDepthGuard&) = delete;
  NativeDepthGuard& operator=(const NativeDepthGuard&) = delete;

 private:
  Interp& I_;
};

}  // namespace rw
