// The bisect module: CPython's _bisect (bisect_left/right, insort_left/right with lo, hi and
// key), probing the same indices so that comparisons happen in the same order.
#include "modules/module_support.h"
#include "modules/native_modules.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "runtime/protocols.h"
#include "runtime/type_support.h"

namespace rw {

namespace {

struct BisectArgs {
  Value a, x;
  int64_t lo = 0;
  int64_t hi = -1;  // -1: len(a), as CPython's clinic default
  Value key;        // null without a key function
};

BisectArgs bisectArgs(Interp& I, const char* name, CallArgs args) {
  if (args.nargs > 4)
    raiseTypeError(I, std::string(name) + "() takes at most 4 positional arguments (" +
                          std::to_string(args.nargs) + " given)");
  std::vector<Value> v = bindArguments(I, name, args, {"a", "x", "lo", "hi", "key"}, 2);
  BisectArgs b;
  b.a = v[0];
  b.x = v[1];
  if (v[2]) b.lo = asSsize(I, v[2], I.exc.OverflowError);
  if (v[3] && !v[3].is(I.None())) b.hi = asSsize(I, v[3], I.exc.OverflowError);
  if (v[4] && !v[4].is(I.None())) b.key = v[4];
  return b;
}

// right: the first index whose item is greater than x; otherwise the first index whose item
// is not less than x.
int64_t search(Interp& I, const BisectArgs& b, Value x, bool right) {
  int64_t lo = b.lo, hi = b.hi;
  if (lo < 0) raiseValueError(I, "lo must be non-negative");
  if (hi == -1) hi = length(I, b.a);
  while (lo < hi) {
    int64_t mid = static_cast<int64_t>((static_cast<uint64_t>(lo) + static_cast<uint64_t>(hi)) / 2);
    Ref index = Ref::steal(newInt(I, mid));
    Ref item = Ref::steal(getItem(I, b.a, index.get()));
    if (b.key) item = Ref::steal(call(I, b.key, {item.get()}));
    if (right) {
      if (compareBool(I, x, item.get(), CompareOp::Lt))
        hi = mid;
      else
        lo = mid + 1;
    } else {
      if (compareBool(I, item.get(), x, CompareOp::Lt))
        lo = mid + 1;
      else
        hi = mid;
    }
  }
  return lo;
}

Value bisectRight(Interp& I, Value, CallArgs args) {
  BisectArgs b = bisectArgs(I, "bisect_right", args);
  return newInt(I, search(I, b, b.x, true));
}

Value bisectLeft(Interp& I, Value, CallArgs args) {
  BisectArgs b = bisectArgs(I, "bisect_left", args);
  return newInt(I, search(I, b, b.x, false));
}

Value insort(Interp& I, CallArgs args, const char* name, bool right) {
  BisectArgs b = bisectArgs(I, name, args);
  int64_t index;
  if (b.key) {
    Ref k = Ref::steal(call(I, b.key, {b.x}));
    index = search(I, b, k.get(), right);
  } else {
    index = search(I, b, b.x, right);
  }
  Ref position = Ref::steal(newInt(I, index));
  Ref done = Ref::steal(callMethod(I, b.a, I.intern("insert"), {position.get(), b.x}));
  return I.None();
}

Value insortRight(Interp& I, Value, CallArgs args) {
  return insort(I, args, "insort_right", true);
}
Value insortLeft(Interp& I, Value, CallArgs args) {
  return insort(I, args, "insort_left", false);
}

}  // namespace

void initBisectModule(Interp& I, Module* module) {
  addModuleFunction(I, module, "bisect_right", bisectRight);
  addModuleFunction(I, module, "bisect_left", bisectLeft);
  addModuleFunction(I, module, "insort_right", insortRight);
  addModuleFunction(I, module, "insort_left", insortLeft);
  // bisect and insort are the same objects as the _right variants, as in CPython.
  addModuleValue(I, module, "bisect", dictGetStr(I, module->dict, "bisect_right"));
  addModuleValue(I, module, "insort", dictGetStr(I, module->dict, "insort_right"));
}

}  // namespace rw
