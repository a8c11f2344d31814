// _collections: the native half of the collections module (engine/stdlib/collections.py):
// deque, the namedtuple field descriptor and Counter's counting loop.
#include "modules/collections_deque.h"
#include "modules/module_support.h"
#include "modules/native_modules.h"
#include "objects/int.h"
#include "runtime/protocols.h"
#include "runtime/type_support.h"

namespace rw {

void initTupleGetterType(Interp& I, Module* module);

namespace {

// _count_elements(mapping, iterable): mapping[x] = mapping.get(x, 0) + 1 for each x.
Value countElements(Interp& I, Value, CallArgs args) {
  checkNoKeywords(I, "_count_elements", args);
  checkPositional(I, "_count_elements", args, 2, 2);
  Value mapping = args.args[0];
  Str* get = I.intern("get");
  Ref it = Ref::steal(getIter(I, args.args[1]));
  while (Ref item = Ref::steal(iterNext(I, it.get()))) {
    Ref count = Ref::steal(callMethod(I, mapping, get, {item.get(), Value::smallInt(0)}));
    Ref next = Ref::steal(binaryOp(I, count.get(), Value::smallInt(1), BinaryOp::Add));
    setItem(I, mapping, item.get(), next.get());
  }
  return I.None();
}

}  // namespace

void initCollectionsModule(Interp& I, Module* module) {
  initDequeTypes(I, module);
  initTupleGetterType(I, module);
  addModuleFunction(I, module, "_count_elements", countElements,
                    "Count elements in the iterable, updating the mapping");
}

}  // namespace rw
