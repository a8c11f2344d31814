// The text of CPython's ast.dump(tree, indent=...), what `python3 -m ast FILE` prints.
#pragma once

#include <string>

#include "syntax/ast.h"

namespace rw::syntax {

struct DumpOptions {
  int indent = 3;                   // python3 -m ast uses 3; negative means one line
  bool includeAttributes = false;   // like `python3 -m ast -a`
};

std::string dumpAst(const Node& root, const DumpOptions& options = {});

}  // namespace rw::syntax
