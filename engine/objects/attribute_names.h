// Names built-in types answer natively (Type::attributeNames), for dir().
#pragma once

namespace rw {

class Interp;

// Fills Type::attributeNames of the built-in types; runs once at start-up.
void registerAttributeNames(Interp& I);

}  // namespace rw
