#include "objects/abstract_classes.h"

#include <algorithm>
#include <string>
#include <vector>

#include "objects/dict.h"
#include "objects/function.h"
#include "objects/str.h"
#include "runtime/protocols.h"
#include "runtime/type_support.h"

namespace rw {

void checkNotAbstract(Interp& I, Type* type) {
  // Only classes get __abstractmethods__, and only in their own namespace (like CPython's
  // Py_TPFLAGS_IS_ABSTRACT, which assigning it sets).
  if (!type->hasFlag(kTypeHeap)) return;
  Value abstracts = dictGetStr(I, type->dict, "__abstractmethods__");
  if (!abstracts) return;
  Ref hold = Ref::borrow(abstracts);
  if (!truthy(I, abstracts)) return;
  std::vector<std::string> names;
  Ref it = Ref::steal(getIter(I, abstracts));
  while (Ref name = Ref::steal(iterNext(I, it.get())))
    names.push_back(strString(I, name.get()));
  std::sort(names.begin(), names.end());
  std::string joined;
  for (const std::string& name : names)
    joined += (joined.empty() ? "" : ", ") + name;
  raiseTypeError(I, "Can't instantiate abstract class " + std::string(type->name->view()) +
                        " with abstract method" + (names.size() > 1 ? "s " : " ") + joined);
}

namespace {

Value objectSubclassHook(Interp& I, Value, CallArgs) {
  return newRef(Value(I.notImplemented));
}

}  // namespace

void addSubclassHook(Interp& I, Type* object) {
  addMethod(I, object, "__subclasshook__", objectSubclassHook,
            "Abstract classes can override this to customize issubclass().", true);
}

}  // namespace rw
