#include "gui/session/builtin_names.h"

#include "objects/dict.h"
#include "objects/module.h"
#include "objects/str.h"
#include "runtime/host.h"
#include "runtime/interp.h"
#include "runtime/protocols.h"

namespace rw::gui {

namespace {

// A fresh module already has __name__, __doc__ and the like: those are module globals.
std::vector<std::string> listBuiltinNames() {
  ProcessHost host;
  Interp I(host);
  Ref module = Ref::steal(Value(newModule(I, "__main__")));
  Dict* moduleDict = module.as<Module>()->dict;
  std::vector<std::string> names;
  int64_t pos = 0;
  const DictEntry* entry = nullptr;
  while (dictNext(I.builtins, pos, entry)) {
    if (!isType(I, entry->key, I.types.str) || dictGet(I, moduleDict, entry->key)) continue;
    names.emplace_back(strView(entry->key));
  }
  return names;
}

}  // namespace

const std::vector<std::string>& builtinNames() {
  static const std::vector<std::string> names = listBuiltinNames();
  return names;
}

}  // namespace rw::gui
