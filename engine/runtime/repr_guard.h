// Detects recursive containers while computing repr() ("[...]", "{...}"), like CPython's
// Py_ReprEnter/Py_ReprLeave.
#pragma once

#include <algorithm>

#include "runtime/interp.h"

namespace rw {

class ReprGuard {
 public:
  ReprGuard(Interp& I, Value v) : I_(I), object_(v.asObject()) {
    auto& stack = I_.reprStack;
    recursive_ = std::find(stack.begin(), stack.end(), object_) != stack.end();
    if (!recursive_) stack.push_back(object_);
  }
  ~ReprGuard() {
    if (!recursive_) I_.reprStack.pop_back();
  }
  ReprGuard(const ReprGuard&) = delete;
  ReprGuard& operator=(const ReprGuard&) = delete;
  bool recursive() const { return recursive_; }

 private:
  Interp& I_;
  Object* object_;
  bool recursive_ = false;
};

}  // namespace rw
