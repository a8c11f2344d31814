// Whether a body annotates simple names anywhere outside nested functions and classes
// (CPython's find_ann): such a module or class body starts with SETUP_ANNOTATIONS.
#pragma once

#include "syntax/ast.h"

namespace rw {

bool containsAnnotations(const syntax::StmtList& body);

}  // namespace rw
