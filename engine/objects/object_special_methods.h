// Special methods object and a few built-in types answer by name (object_special_methods.cpp).
#pragma once

namespace rw {

class Interp;

void addObjectSpecialMethods(Interp& I);

}  // namespace rw
