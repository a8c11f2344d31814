// functools.total_ordering: fills in the missing rich comparisons of a class from the one it
// defines (preferring __lt__, then __le__, __gt__, __ge__), with CPython's twelve derived
// functions. Like CPython's, each derived function is one shared object that binds to
// instances as a method.
#include <array>

#include "modules/functools.h"
#include "modules/module_snapshot.h"
#include "modules/module_support.h"
#include "modules/native_modules.h"
#include "objects/function.h"
#include "objects/str.h"
#include "runtime/protocols.h"
#include "runtime/type_support.h"

namespace rw {

namespace {

enum Op : uint8_t { kLt, kLe, kGt, kGe };

constexpr const char* kDunder[] = {"__lt__", "__le__", "__gt__", "__ge__"};

// How a derived comparison follows from the root one (r = the root's result):
//   Negate:             not r
//   NegateAndNotEqual:  not r and self != other
//   NegateOrEqual:      not r or self == other
//   KeepAndNotEqual:    r and self != other
//   KeepOrEqual:        r or self == other
enum class Rule : uint8_t {
  Negate,
  NegateAndNotEqual,
  NegateOrEqual,
  KeepAndNotEqual,
  KeepOrEqual
};

struct Derivation {
  Op root;
  Op derived;
  Rule rule;
  const char* name;  // CPython's function name (its __qualname__)
  const char* doc;
};

// CPython's _convert table, in its order for each root.
constexpr std::array<Derivation, 12> kDerivations = {{
    {kLt, kGt, Rule::NegateAndNotEqual, "_gt_from_lt",
     "Return a > b.  Computed by @total_ordering from (not a < b) and (a != b)."},
    {kLt, kLe, Rule::KeepOrEqual, "_le_from_lt",
     "Return a <= b.  Computed by @total_ordering from (a < b) or (a == b)."},
    {kLt, kGe, Rule::Negate, "_ge_from_lt",
     "Return a >= b.  Computed by @total_ordering from (not a < b)."},
    {kLe, kGe, Rule::NegateOrEqual, "_ge_from_le",
     "Return a >= b.  Computed by @total_ordering from (not a <= b) or (a == b)."},
    {kLe, kLt, Rule::KeepAndNotEqual, "_lt_from_le",
     "Return a < b.  Computed by @total_ordering from (a <= b) and (a != b)."},
    {kLe, kGt, Rule::Negate, "_gt_from_le",
     "Return a > b.  Computed by @total_ordering from (not a <= b)."},
    {kGt, kLt, Rule::NegateAndNotEqual, "_lt_from_gt",
     "Return a < b.  Computed by @total_ordering from (not a > b) and (a != b)."},
    {kGt, kGe, Rule::KeepOrEqual, "_ge_from_gt",
     "Return a >= b.  Computed by @total_ordering from (a > b) or (a == b)."},
    {kGt, kLe, Rule::Negate, "_le_from_gt",
     "Return a <= b.  Computed by @total_ordering from (not a > b)."},
    {kGe, kLe, Rule::NegateOrEqual, "_le_from_ge",
     "Return a <= b.  Computed by @total_ordering from (not a >= b) or (a == b)."},
    {kGe, kGt, Rule::KeepAndNotEqual, "_gt_from_ge",
     "Return a > b.  Computed by @total_ordering from (a >= b) and (a != b)."},
    {kGe, kLt, Rule::Negate, "_lt_from_ge",
     "Return a < b.  Computed by @total_ordering from (not a >= b)."},
}};

struct OrderingMethod : Object {
  int64_t derivation = 0;  // index into kDerivations
  Value name;              // __name__, which total_ordering sets to the dunder it fills
};

OrderingMethod* asMethod(Value v) {
  return static_cast<OrderingMethod*>(v.asObject());
}

Value orderingCall(Interp& I, Value self, CallArgs args) {
  const Derivation& d = kDerivations[asMethod(self)->derivation];
  std::vector<Value> a = bindLikePython(I, d.name, args, {"self", "other"}, 2);
  Value obj = a[0], other = a[1];
  Ref root = Ref::steal(getAttr(I, Value(typeOf(I, obj)), I.intern(kDunder[d.root])));
  Ref result = Ref::steal(call(I, root.get(), {obj, other}));
  if (result.get().is(Value(I.notImplemented))) return result.release();
  bool truth = truthy(I, result.get());
  switch (d.rule) {
    case Rule::Negate:
      return I.boolean(!truth);
    case Rule::NegateAndNotEqual:
      if (truth) return I.boolean(false);
      return richCompare(I, obj, other, CompareOp::Ne);
    case Rule::NegateOrEqual:
      if (!truth) return I.boolean(true);
      return richCompare(I, obj, other, CompareOp::Eq);
    case Rule::KeepAndNotEqual:
      if (!truth) return result.release();
      return richCompare(I, obj, other, CompareOp::Ne);
    case Rule::KeepOrEqual:
      if (truth) return result.release();
      return richCompare(I, obj, other, CompareOp::Eq);
  }
  return result.release();
}

Value orderingDescrGet(Interp& I, Value descr, Value obj, Value) {
  if (!obj || obj.is(I.None())) return newRef(descr);
  return newBoundMethod(I, descr, obj);
}

Value orderingRepr(Interp& I, Value self) {
  return Value(newStr(I, std::string("<function ") + kDerivations[asMethod(self)->derivation].name +
                             " at " + objectAddress(self) + ">"));
}

Value orderingGetAttr(Interp& I, Value self, Str* name) {
  const Derivation& d = kDerivations[asMethod(self)->derivation];
  std::string_view n = name->view();
  if (n == "__name__") return newRef(asMethod(self)->name);
  if (n == "__qualname__") return Value(newStr(I, d.name));
  if (n == "__doc__") return Value(newStr(I, d.doc));
  if (n == "__module__") return Value(newStr(I, "functools"));
  return genericGetAttr(I, self, name);
}

void orderingSetAttr(Interp& I, Value self, Str* name, Value value) {
  if (name->view() != "__name__") {
    genericSetAttr(I, self, name, value);
    return;
  }
  if (!value || !isType(I, value, I.types.str))
    raiseTypeError(I, "__name__ must be set to a string object");
  OrderingMethod* m = asMethod(self);
  Value old = m->name;
  m->name = newRef(value);
  decref(old);
  if (I.observer) I.observer->onWrite(m);
}

void orderingDestroy(Object* o) {
  Value name = asMethod(o)->name;
  asMethod(o)->name = Value();
  decref(name);
}

Value functoolsTotalOrdering(Interp& I, Value, CallArgs args) {
  std::vector<Value> a = bindLikePython(I, "total_ordering", args, {"cls"}, 1);
  Value cls = a[0];
  // The comparisons the class defines itself rather than inherits from object.
  bool defines[4] = {};
  bool any = false;
  for (int op = kLt; op <= kGe; ++op) {
    Str* name = I.intern(kDunder[op]);
    Ref mine = Ref::steal(lookupAttr(I, cls, name));
    Ref objects = Ref::steal(lookupAttr(I, Value(I.types.object), name));
    defines[op] = !mine.get().is(objects.get());
    any = any || defines[op];
  }
  if (!any) raiseValueError(I, "must define at least one ordering operation: < > <= >=");
  // max() of the names: __lt__ before __le__ before __gt__ before __ge__.
  Op root = defines[kLt] ? kLt : defines[kLe] ? kLe : defines[kGt] ? kGt : kGe;
  for (size_t i = 0; i < kDerivations.size(); ++i) {
    const Derivation& d = kDerivations[i];
    if (d.root != root || defines[d.derived]) continue;
    Value method = Value(I.findStatic("functools." + std::string(d.name)));
    Str* dunder = I.intern(kDunder[d.derived]);
    setAttr(I, method, I.names.__name__, Value(dunder));
    setAttr(I, cls, dunder, method);
  }
  return newRef(cls);
}

void orderingWrite(Interp&, Object* o, SnapshotEncoder& e) {
  e.w.varint(static_cast<uint64_t>(asMethod(o)->derivation));
  e.value(asMethod(o)->name);
}
void orderingRead(Interp&, Object* o, SnapshotDecoder& d) {
  uint64_t index = d.r.varint();
  if (index >= kDerivations.size()) throw SnapshotError("snapshot: bad total_ordering function");
  asMethod(o)->derivation = static_cast<int64_t>(index);
  asMethod(o)->name = d.value();
}

// The twelve functions are start-up objects whose __name__ total_ordering changes.
const SnapshotCodec kOrderingCodec{orderingWrite, module_snapshot::allocate<OrderingMethod>,
                                   orderingRead, nullptr, true};

}  // namespace

void initFunctoolsTotalOrdering(Interp& I, Module* module) {
  Type* t = newModuleType(I, module, "_ordering_function", sizeof(OrderingMethod), 0);
  renameAsBuiltin(I, t, "function");
  t->call = orderingCall;
  t->descrGet = orderingDescrGet;
  t->repr = orderingRepr;
  t->getAttr = orderingGetAttr;
  t->setAttr = orderingSetAttr;
  t->destroy = orderingDestroy;
  registerSnapshotCodec(I, t, &kOrderingCodec);
  for (size_t i = 0; i < kDerivations.size(); ++i) {
    OrderingMethod* m = I.alloc<OrderingMethod>(t);
    m->derivation = static_cast<int64_t>(i);
    m->name = newRef(Value(I.intern(kDerivations[i].name)));
    I.registerStatic("functools." + std::string(kDerivations[i].name), m);
    addModuleValue(I, module, kDerivations[i].name, Value(m));
  }
  addModuleFunction(I, module, "total_ordering", functoolsTotalOrdering);
}

}  // namespace rw
