// File objects and the open() builtin (objects/file.cpp).
#pragma once

#include "runtime/interp.h"

namespace rw {

void initFileType(Interp& I);

}  // namespace rw
