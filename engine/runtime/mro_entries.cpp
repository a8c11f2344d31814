#include "runtime/mro_entries.h"

#include <vector>

#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/protocols.h"

namespace rw {

Tuple* resolveMroEntries(Interp& I, Tuple* bases) {
  std::vector<Ref> resolved;
  bool changed = false;
  Str* mroEntries = I.intern("__mro_entries__");
  for (int64_t i = 0; i < bases->size; ++i) {
    Value base = bases->item(i);
    Ref entries =
        isInstance(I, base, I.types.type) ? Ref() : Ref::steal(lookupAttr(I, base, mroEntries));
    if (!entries) {
      resolved.push_back(Ref::borrow(base));
      continue;
    }
    changed = true;
    Ref result = Ref::steal(call(I, entries.get(), {Value(bases)}));
    if (!isInstance(I, result.get(), I.types.tuple))
      raiseTypeError(I, "__mro_entries__ must return a tuple");
    Tuple* replacement = result.as<Tuple>();
    for (int64_t k = 0; k < replacement->size; ++k)
      resolved.push_back(Ref::borrow(replacement->item(k)));
  }
  if (!changed) return nullptr;
  Tuple* t = newTuple(I, static_cast<int64_t>(resolved.size()));
  for (size_t k = 0; k < resolved.size(); ++k)
    t->items()[k] = resolved[k].release();
  return t;
}

}  // namespace rw
