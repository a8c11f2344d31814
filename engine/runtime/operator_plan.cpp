// The attempts of CPython's operator protocols, computed from the operand types each time
// the evaluator continues (a stage is an index into them), so that a frame returning
// NotImplemented needs nothing but its stage to resume the protocol, in a snapshot too.
#include "runtime/operator_plan.h"

#include "objects/class.h"
#include "objects/function.h"
#include "runtime/eval.h"
#include "runtime/protocols.h"

namespace rw {

namespace {

enum class Attempt : uint8_t {
  LeftSlot,         // the left operand's native slot, slot(a, b)
  RightSlot,        // the right operand's native slot, slot(a, b)
  InplaceSlot,      // the left operand's native in-place slot
  ForwardMethod,    // a.__op__(b)
  ReflectedMethod,  // b.__rop__(a)
  InplaceMethod,    // a.__iop__(b)
};

template <class T>
struct Plan {
  T attempts[4];
  int count = 0;
  void add(T a) { attempts[count++] = a; }
};
using BinaryPlan = Plan<Attempt>;
// Which operand's comparison each attempt asks: the right one's with the swapped operator.
using ComparePlan = Plan<bool>;

Function* asFunction(Interp& I, Value v) {
  return v && isType(I, v, I.types.function) ? static_cast<Function*>(v.asObject()) : nullptr;
}

bool isNotImplemented(Interp& I, Value v) {
  return v.is(Value(I.notImplemented));
}

// CPython's method_is_overloaded: whether the right operand's class defines the reflected
// method differently from the left operand's.
bool reflectedOverloaded(Interp& I, Type* ta, Type* tb, int op) {
  const char* name = binaryOperatorNames(op).reflected;
  Value right = typeLookupName(I, tb, name);
  return right && !right.is(typeLookupName(I, ta, name));
}

// SLOT1BINFULL called as slot(a, b): a's method first, unless b's class is a subclass that
// overrides the reflected method.
void addClassSlot(Interp& I, BinaryPlan& plan, Type* ta, Type* tb, int op) {
  bool tryOther = ta != tb && hasClassBinarySlot(tb, op);
  if (hasClassBinarySlot(ta, op)) {
    if (tryOther && isSubtype(tb, ta) && reflectedOverloaded(I, ta, tb, op)) {
      plan.add(Attempt::ReflectedMethod);
      tryOther = false;
    }
    plan.add(Attempt::ForwardMethod);
  }
  if (tryOther) plan.add(Attempt::ReflectedMethod);
}

// str, list, tuple and bytes concatenate and repeat through sequence slots, which CPython
// tries only after both operands' number slots: the right operand goes first.
bool concatenatesAsSequence(Interp& I, Type* t, int op) {
  if (op != static_cast<int>(BinaryOp::Add) && op != static_cast<int>(BinaryOp::Multiply))
    return false;
  Type* native = nativeBase(t);
  if (native != I.types.str && native != I.types.list && native != I.types.tuple &&
      native != I.types.bytes)
    return false;
  return t->binary[op] == native->binary[op];
}

// binary_iop1 (in-place) and binary_op1: the left slot, then the right one (first when the
// right operand's type is a subclass, or when the left one concatenates as a sequence).
BinaryPlan binaryPlan(Interp& I, Type* ta, Type* tb, int op, bool inplace) {
  BinaryPlan plan;
  if (inplace && ta->inplace[op])
    plan.add(hasClassInplaceSlot(ta, op) ? Attempt::InplaceMethod : Attempt::InplaceSlot);
  auto slotv = ta->binary[op];
  auto slotw = ta != tb ? tb->binary[op] : nullptr;
  if (slotw == slotv) slotw = nullptr;
  auto addSlot = [&](bool right) {
    bool isClass = hasClassBinarySlot(right ? tb : ta, op);
    if (isClass)
      addClassSlot(I, plan, ta, tb, op);
    else
      plan.add(right ? Attempt::RightSlot : Attempt::LeftSlot);
  };
  if (slotw && concatenatesAsSequence(I, ta, op)) {
    addSlot(true);
    slotw = nullptr;
  }
  if (slotv) {
    if (slotw && isSubtype(tb, ta)) {
      addSlot(true);
      slotw = nullptr;
    }
    addSlot(false);
  }
  if (slotw) addSlot(true);
  return plan;
}

CompareOp swapped(CompareOp op) {
  switch (op) {
    case CompareOp::Lt:
      return CompareOp::Gt;
    case CompareOp::Le:
      return CompareOp::Ge;
    case CompareOp::Gt:
      return CompareOp::Lt;
    case CompareOp::Ge:
      return CompareOp::Le;
    case CompareOp::Eq:
    case CompareOp::Ne:
      break;
  }
  return op;
}

// do_richcompare: the right operand first when its type is a proper subtype, then the left,
// then the right.
ComparePlan comparePlan(Type* ta, Type* tb) {
  ComparePlan plan;
  bool checkedReflected = false;
  if (ta != tb && isSubtype(tb, ta) && tb->richCompare) {
    plan.add(true);
    checkedReflected = true;
  }
  if (ta->richCompare) plan.add(false);
  if (!checkedReflected && tb->richCompare) plan.add(true);
  return plan;
}

OperatorStep finished(Value result) {
  OperatorStep step;
  step.result = result;
  return step;
}

OperatorStep pythonCall(Function* method, bool reflected, bool inverted, int index) {
  OperatorStep step;
  step.method = method;
  step.reflected = reflected;
  step.inverted = inverted;
  step.nextStage = static_cast<uint8_t>(index + 1);
  return step;
}

// A dunder found on self's type called natively, or null (NotImplemented) when the class
// does not define it.
Value callNativeDunder(Interp& I, Value method, Value self, Value other) {
  if (!method || method.is(I.None())) return newRef(Value(I.notImplemented));
  Ref hold = Ref::borrow(method);
  return callFoundDunder(I, method, self, {other});
}

}  // namespace

bool usesClassOperator(Interp& I, Value a, Value b, uint32_t opArg) {
  bool inplace = opArg >= static_cast<uint32_t>(kBinaryOpCount);
  int op = static_cast<int>(inplace ? opArg - kBinaryOpCount : opArg);
  Type* ta = typeOf(I, a);
  return hasClassBinarySlot(ta, op) || hasClassBinarySlot(typeOf(I, b), op) ||
         (inplace && hasClassInplaceSlot(ta, op));
}

bool usesClassComparison(Interp& I, Value a, Value b) {
  return hasClassCompareSlot(typeOf(I, a)) || hasClassCompareSlot(typeOf(I, b));
}

OperatorStep binaryOperatorStep(Interp& I, Value a, Value b, uint32_t opArg, uint8_t stage) {
  bool inplace = opArg >= static_cast<uint32_t>(kBinaryOpCount);
  int op = static_cast<int>(inplace ? opArg - kBinaryOpCount : opArg);
  Type* ta = typeOf(I, a);
  Type* tb = typeOf(I, b);
  const OperatorNames& names = binaryOperatorNames(op);
  BinaryPlan plan = binaryPlan(I, ta, tb, op, inplace);
  for (int i = stage; i < plan.count; ++i) {
    Value r;
    switch (plan.attempts[i]) {
      case Attempt::LeftSlot:
        r = ta->binary[op](I, a, b);
        break;
      case Attempt::RightSlot:
        r = tb->binary[op](I, a, b);
        break;
      case Attempt::InplaceSlot:
        r = ta->inplace[op](I, a, b);
        break;
      case Attempt::ForwardMethod:
      case Attempt::InplaceMethod: {
        const char* name =
            plan.attempts[i] == Attempt::ForwardMethod ? names.forward : names.inplace;
        Value method = typeLookupName(I, ta, name);
        if (Function* fn = asFunction(I, method)) return pythonCall(fn, false, false, i);
        r = callNativeDunder(I, method, a, b);
        break;
      }
      case Attempt::ReflectedMethod: {
        Value method = typeLookupName(I, tb, names.reflected);
        if (Function* fn = asFunction(I, method)) return pythonCall(fn, true, false, i);
        r = callNativeDunder(I, method, b, a);
        break;
      }
    }
    if (!isNotImplemented(I, r)) return finished(r);
    decref(r);
  }
  raiseUnsupportedOperands(I, a, b, static_cast<BinaryOp>(op), inplace);
}

OperatorStep compareStep(Interp& I, Value a, Value b, CompareOp op, uint8_t stage) {
  Type* ta = typeOf(I, a);
  Type* tb = typeOf(I, b);
  ComparePlan plan = comparePlan(ta, tb);
  for (int i = stage; i < plan.count; ++i) {
    bool reflected = plan.attempts[i];
    Value self = reflected ? b : a;
    Value other = reflected ? a : b;
    Type* t = reflected ? tb : ta;
    CompareOp selfOp = reflected ? swapped(op) : op;
    if (hasClassCompareSlot(t)) {
      Value method = typeLookupName(I, t, compareMethodName(selfOp));
      if (Function* fn = asFunction(I, method)) return pythonCall(fn, reflected, false, i);
      // object.__ne__ answers with the inverse of the class's __eq__.
      if (selfOp == CompareOp::Ne && method &&
          method.is(typeLookupName(I, I.types.object, "__ne__"))) {
        if (Function* eq = asFunction(I, typeLookupName(I, t, "__eq__")))
          return pythonCall(eq, reflected, true, i);
      }
    }
    Value r = t->richCompare(I, self, other, selfOp);
    if (!isNotImplemented(I, r)) return finished(r);
    decref(r);
  }
  if (op == CompareOp::Eq) return finished(I.boolean(a.is(b)));
  if (op == CompareOp::Ne) return finished(I.boolean(!a.is(b)));
  raiseUnsupportedComparison(I, a, b, op);
}

namespace {

// Runs the protocol to its end for native callers, calling its Python methods from C++.
template <class Step>
Value runNatively(Interp& I, Value a, Value b, Step step) {
  uint8_t stage = 0;
  for (;;) {
    OperatorStep next = step(stage);
    if (next.result) return next.result;
    Value args[2] = {next.reflected ? b : a, next.reflected ? a : b};
    Value r = callPythonFunction(I, next.method, CallArgs{args, 2, nullptr});
    if (Value result = operatorResult(I, r, next.inverted)) return result;
    stage = next.nextStage;
  }
}

}  // namespace

Value runBinaryOperator(Interp& I, Value a, Value b, uint32_t opArg) {
  return runNatively(I, a, b,
                     [&](uint8_t stage) { return binaryOperatorStep(I, a, b, opArg, stage); });
}

Value runComparison(Interp& I, Value a, Value b, CompareOp op) {
  return runNatively(I, a, b, [&](uint8_t stage) { return compareStep(I, a, b, op, stage); });
}

Value operatorResult(Interp& I, Value returned, bool inverted) {
  if (isNotImplemented(I, returned)) {
    decref(returned);
    return Value();
  }
  if (!inverted) return returned;
  Ref answer = Ref::steal(returned);
  return I.boolean(!truthy(I, answer.get()));
}

}  // namespace rw
