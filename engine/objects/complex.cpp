// complex: the type's slots and methods with CPython 3.11's semantics: int and float
// operands convert to complex, division and powers use complexobject.c's algorithms and
// errors, only == and != compare, and the hash combines the hashes of the parts. Also the
// snapshot codec.
#include "objects/complex.h"

#include <algorithm>
#include <cmath>
#include <cstring>

#include "objects/float.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/str_internal.h"
#include "objects/tuple.h"
#include "runtime/format.h"
#include "runtime/protocols.h"
#include "runtime/snapshot.h"
#include "runtime/type_support.h"

namespace rw {

namespace {

struct Parts {
  double real;
  double imag;
};

Complex* asComplex(Value v) {
  return static_cast<Complex*>(v.asObject());
}

Parts partsOf(Value v) {
  return {asComplex(v)->real, asComplex(v)->imag};
}

bool isComplex(Interp& I, Value v) {
  return v.isObject() && isSubtype(v.asObject()->type, I.types.complex);
}

Value complexOfType(Interp& I, Type* type, double real, double imag) {
  Complex* c = I.alloc<Complex>(type);
  c->real = real;
  c->imag = imag;
  return Value(c);
}

// TO_COMPLEX: an int, float or complex operand; false for any other type.
bool toParts(Interp& I, Value v, Parts& out) {
  if (v.isSmallInt()) {
    out = {static_cast<double>(v.asSmallInt()), 0.0};
    return true;
  }
  Type* t = v.asObject()->type;
  if (isSubtype(t, I.types.complex)) {
    out = partsOf(v);
    return true;
  }
  if (isSubtype(t, I.types.float_)) {
    out = {floatValue(v), 0.0};
    return true;
  }
  if (isInt(I, v)) {
    out = {intToDouble(I, v), 0.0};
    return true;
  }
  return false;
}

Parts product(Parts a, Parts b) {
  return {a.real * b.real - a.imag * b.imag, a.real * b.imag + a.imag * b.real};
}

// _Py_c_quot: Smith's algorithm; false for a zero divisor.
bool quotient(Parts a, Parts b, Parts& out) {
  double absReal = std::fabs(b.real), absImag = std::fabs(b.imag);
  if (absReal >= absImag) {
    if (absReal == 0.0) return false;
    double ratio = b.imag / b.real;
    double denominator = b.real + b.imag * ratio;
    out = {(a.real + a.imag * ratio) / denominator, (a.imag - a.real * ratio) / denominator};
  } else if (absImag >= absReal) {
    double ratio = b.real / b.imag;
    double denominator = b.real * ratio + b.imag;
    out = {(a.real * ratio + a.imag) / denominator, (a.imag * ratio - a.real) / denominator};
  } else {
    // A NaN in the divisor.
    out = {NAN, NAN};
  }
  return true;
}

#define RW_COMPLEX_OPERANDS \
  Parts x, y;               \
  if (!toParts(I, a, x) || !toParts(I, b, y)) return newRef(Value(I.notImplemented));

Value complexAdd(Interp& I, Value a, Value b) {
  RW_COMPLEX_OPERANDS
  return newComplex(I, x.real + y.real, x.imag + y.imag);
}

Value complexSub(Interp& I, Value a, Value b) {
  RW_COMPLEX_OPERANDS
  return newComplex(I, x.real - y.real, x.imag - y.imag);
}

Value complexMul(Interp& I, Value a, Value b) {
  RW_COMPLEX_OPERANDS
  Parts r = product(x, y);
  return newComplex(I, r.real, r.imag);
}

Value complexTrueDiv(Interp& I, Value a, Value b) {
  RW_COMPLEX_OPERANDS
  Parts r;
  if (!quotient(x, y, r)) raiseError(I, I.exc.ZeroDivisionError, "complex division by zero");
  return newComplex(I, r.real, r.imag);
}

Value complexPow(Interp& I, Value a, Value b) {
  RW_COMPLEX_OPERANDS
  return complexPower(I, x.real, x.imag, y.real, y.imag);
}

#undef RW_COMPLEX_OPERANDS

Value complexNeg(Interp& I, Value v) {
  return newComplex(I, -asComplex(v)->real, -asComplex(v)->imag);
}

Value complexPos(Interp& I, Value v) {
  if (isType(I, v, I.types.complex)) return newRef(v);
  return newComplex(I, asComplex(v)->real, asComplex(v)->imag);
}

Value complexAbs(Interp& I, Value v) {
  Parts z = partsOf(v);
  // C99: an infinite part makes the modulus infinite even when the other part is a NaN.
  if (std::isinf(z.real)) return newFloat(I, std::fabs(z.real));
  if (std::isinf(z.imag)) return newFloat(I, std::fabs(z.imag));
  if (std::isnan(z.real) || std::isnan(z.imag)) return newFloat(I, NAN);
  double r = std::hypot(z.real, z.imag);
  if (!std::isfinite(r)) raiseError(I, I.exc.OverflowError, "absolute value too large");
  return newFloat(I, r);
}

bool complexTruth(Interp&, Value v) {
  return asComplex(v)->real != 0.0 || asComplex(v)->imag != 0.0;
}

Value complexReprSlot(Interp& I, Value v) {
  return strValueAscii(I, complexRepr(asComplex(v)->real, asComplex(v)->imag));
}

Hash complexHash(Interp&, Value v) {
  // A NaN part hashes by identity, as float's NaNs do.
  auto partHash = [&](double x) {
    return static_cast<uint64_t>(std::isnan(x) ? static_cast<Hash>(v.asObject()->serial)
                                               : floatHash(x));
  };
  // Unsigned, so that the combination wraps around like CPython's Py_uhash_t.
  uint64_t combined = partHash(asComplex(v)->real) + 1000003u * partHash(asComplex(v)->imag);
  auto h = static_cast<Hash>(combined);
  return h == -1 ? -2 : h;
}

Value complexRichCompare(Interp& I, Value a, Value b, CompareOp op) {
  if (op != CompareOp::Eq && op != CompareOp::Ne) return newRef(Value(I.notImplemented));
  Parts x = partsOf(a);
  bool equal;
  if (isInt(I, b)) {
    // An int compares exactly with the real part (through float's comparison).
    if (x.imag != 0.0) return I.boolean(op == CompareOp::Ne);
    Ref real = Ref::steal(newFloat(I, x.real));
    return richCompare(I, real.get(), b, op);
  }
  if (isInstance(I, b, I.types.float_)) {
    equal = x.real == floatValue(b) && x.imag == 0.0;
  } else if (isComplex(I, b)) {
    Parts y = partsOf(b);
    equal = x.real == y.real && x.imag == y.imag;
  } else {
    return newRef(Value(I.notImplemented));
  }
  return I.boolean(equal == (op == CompareOp::Eq));
}

Value complexGetAttr(Interp& I, Value self, Str* name) {
  std::string_view n = name->view();
  if (n == "real") return newFloat(I, asComplex(self)->real);
  if (n == "imag") return newFloat(I, asComplex(self)->imag);
  return genericGetAttr(I, self, name);
}

// real and imag are read-only members.
void complexSetAttr(Interp& I, Value self, Str* name, Value value) {
  if (name->view() == "real" || name->view() == "imag")
    raiseError(I, I.exc.AttributeError, "readonly attribute");
  genericSetAttr(I, self, name, value);
}

// The argument of complex(): a number's value as a double (PyNumber_Float), or its parts.
bool isComplexNumberArgument(Interp& I, Value v) {
  Type* t = typeOf(I, v);
  return t->toFloat || t->index || isComplex(I, v);
}

// try_complex_special_method: a class's __complex__, which must return a complex.
Ref specialComplex(Interp& I, Value v) {
  Type* t = typeOf(I, v);
  if (!t->hasFlag(kTypeHeap)) return Ref();
  if (!typeLookupName(I, t, "__complex__")) return Ref();
  Ref result = Ref::steal(callMethod(I, v, I.intern("__complex__"), {}));
  if (!isComplex(I, result.get()))
    raiseTypeError(I, "__complex__ returned non-complex (type " +
                          std::string(typeName(I, result.get())) + ")");
  return result;
}

double floatArgument(Interp& I, Value v) {
  Ref f = Ref::steal(call(I, Value(I.types.float_), {v}));
  return floatValue(f.get());
}

Value complexNew(Interp& I, Type* type, CallArgs args) {
  std::vector<Value> a = bindArguments(I, "complex", args, {"real", "imag"}, 0);
  Value r = a[0] ? a[0] : Value::smallInt(0);
  Value i = a[1];
  if (!i && type == I.types.complex && isType(I, r, I.types.complex)) return newRef(r);
  if (isInstance(I, r, I.types.str)) {
    if (i) raiseTypeError(I, "complex() can't take second arg if first is a string");
    ComplexParts parts = complexPartsFromString(I, r);
    return complexOfType(I, type, parts.real, parts.imag);
  }
  if (i && isInstance(I, i, I.types.str))
    raiseTypeError(I, "complex() second arg can't be a string");
  Ref converted = specialComplex(I, r);
  if (converted) r = converted.get();
  if (!isComplexNumberArgument(I, r))
    raiseTypeError(I, "complex() first argument must be a string or a number, not '" +
                          std::string(typeName(I, r)) + "'");
  if (i && !isComplexNumberArgument(I, i))
    raiseTypeError(
        I, "complex() second argument must be a number, not '" + std::string(typeName(I, i)) + "'");
  // real + imag*1j, where either may itself be complex.
  Parts cr{0.0, 0.0}, ci{0.0, 0.0};
  bool crIsComplex = isComplex(I, r);
  if (crIsComplex)
    cr = partsOf(r);
  else
    cr.real = floatArgument(I, r);
  bool ciIsComplex = false;
  if (!i) {
    ci.real = cr.imag;
  } else if (isComplex(I, i)) {
    ci = partsOf(i);
    ciIsComplex = true;
  } else {
    ci.real = floatArgument(I, i);
  }
  if (ciIsComplex) cr.real -= ci.imag;
  if (crIsComplex && i) ci.real += cr.imag;
  return complexOfType(I, type, cr.real, ci.real);
}

Value complexConjugate(Interp& I, Value self, CallArgs args) {
  checkSelfType(I, self, I.types.complex, "conjugate");
  str_impl::checkNoArgs(I, "complex.conjugate", args);
  return newComplex(I, asComplex(self)->real, -asComplex(self)->imag);
}

Value complexDunderComplex(Interp& I, Value self, CallArgs args) {
  checkSelfType(I, self, I.types.complex, "__complex__");
  str_impl::checkNoArgs(I, "complex.__complex__", args);
  return complexPos(I, self);
}

Value complexGetnewargs(Interp& I, Value self, CallArgs args) {
  checkSelfType(I, self, I.types.complex, "__getnewargs__");
  str_impl::checkNoArgs(I, "complex.__getnewargs__", args);
  Ref real = Ref::steal(newFloat(I, asComplex(self)->real));
  Ref imag = Ref::steal(newFloat(I, asComplex(self)->imag));
  return Value(newTupleOf(I, {real.get(), imag.get()}));
}

Value complexDunderFormat(Interp& I, Value self, CallArgs args) {
  checkSelfType(I, self, I.types.complex, "__format__");
  checkArgCount(I, "__format__", args, 1, 1);
  Value spec = args.args[0];
  if (!isInstance(I, spec, I.types.str))
    raiseTypeError(I, "__format__() argument must be str, not " + std::string(typeName(I, spec)));
  if (strView(spec).empty()) return str(I, self);
  return formatComplex(I, asComplex(self)->real, asComplex(self)->imag, strView(spec),
                       typeName(I, self));
}

// c_powu / c_powi: binary exponentiation for the small integer exponents CPython special-cases.
Parts powUnsigned(Parts x, long n) {
  Parts r{1.0, 0.0}, p = x;
  for (long mask = 1; mask > 0 && n >= mask; mask <<= 1) {
    if (n & mask) r = product(r, p);
    p = product(p, p);
  }
  return r;
}

void complexWrite(Interp&, Object* o, SnapshotEncoder& e) {
  e.w.f64(static_cast<Complex*>(o)->real);
  e.w.f64(static_cast<Complex*>(o)->imag);
}

Object* complexAllocate(Interp& I, Type* type, SnapshotDecoder& d) {
  size_t size = std::max<size_t>(sizeof(Complex), type->basicSize);
  void* memory = I.allocateRaw(size, type->hasFlag(kTypeGc));
  std::memset(memory, 0, size);
  auto* c = new (memory) Complex();
  c->real = d.r.f64();
  c->imag = d.r.f64();
  return c;
}

void readNothing(Interp&, Object*, SnapshotDecoder&) {}

const SnapshotCodec kComplexCodec{complexWrite, complexAllocate, readNothing, nullptr, false};

}  // namespace

Value newComplex(Interp& I, double real, double imag) {
  return complexOfType(I, I.types.complex, real, imag);
}

Value complexPower(Interp& I, double baseReal, double baseImag, double expReal, double expImag) {
  Parts a{baseReal, baseImag}, b{expReal, expImag}, r;
  bool domainError = false;
  if (b.imag == 0.0 && b.real == std::floor(b.real) && std::fabs(b.real) <= 100.0) {
    auto n = static_cast<long>(b.real);
    if (n > 0)
      r = powUnsigned(a, n);
    else
      domainError = !quotient({1.0, 0.0}, powUnsigned(a, -n), r);
  } else if (a.real == 0.0 && a.imag == 0.0) {
    domainError = b.imag != 0.0 || b.real < 0.0;
    r = {0.0, 0.0};
  } else {
    double modulus = std::hypot(a.real, a.imag);
    double length = std::pow(modulus, b.real);
    double angle = std::atan2(a.imag, a.real);
    double phase = angle * b.real;
    if (b.imag != 0.0) {
      length /= std::exp(angle * b.imag);
      phase += b.imag * std::log(modulus);
    }
    // cos and sin of an infinite phase are domain errors in libm, which CPython reports
    // as the zero-base error.
    domainError = std::isinf(phase);
    r = {length * std::cos(phase), length * std::sin(phase)};
  }
  if (domainError) raiseError(I, I.exc.ZeroDivisionError, "0.0 to a negative or complex power");
  // _Py_ADJUST_ERANGE2: an infinite part is an overflow, whatever the operands were.
  if (std::isinf(r.real) || std::isinf(r.imag))
    raiseError(I, I.exc.OverflowError, "complex exponentiation");
  return newComplex(I, r.real, r.imag);
}

void initComplexType(Interp& I) {
  Type* t = I.types.complex;
  t->repr = complexReprSlot;
  t->hash = complexHash;
  t->richCompare = complexRichCompare;
  t->newInstance = complexNew;
  t->truth = complexTruth;
  t->absolute = complexAbs;
  t->getAttr = complexGetAttr;
  t->setAttr = complexSetAttr;
  t->unary[static_cast<int>(UnaryOp::Negative)] = complexNeg;
  t->unary[static_cast<int>(UnaryOp::Positive)] = complexPos;
  t->binary[static_cast<int>(BinaryOp::Add)] = complexAdd;
  t->binary[static_cast<int>(BinaryOp::Subtract)] = complexSub;
  t->binary[static_cast<int>(BinaryOp::Multiply)] = complexMul;
  t->binary[static_cast<int>(BinaryOp::TrueDivide)] = complexTrueDiv;
  t->binary[static_cast<int>(BinaryOp::Power)] = complexPow;
  addMethod(I, t, "conjugate", complexConjugate);
  addMethod(I, t, "__complex__", complexDunderComplex);
  addMethod(I, t, "__getnewargs__", complexGetnewargs);
  addMethod(I, t, "__format__", complexDunderFormat);
  registerSnapshotCodec(I, t, &kComplexCodec);
}

}  // namespace rw
