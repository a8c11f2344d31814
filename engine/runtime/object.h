// The heap object header, reference counting and the owning handle Ref.
//
// Objects die deterministically when their count reaches zero (like CPython), so the recorder
// sees each death at a well-defined step; reference cycles are reclaimed by the cycle
// collector (runtime/gc.h). Every object carries a serial number assigned at birth from a
// per-interpreter counter: it is the object's id() and its identity in the trace, and it is
// never reused within a recording.
#pragma once

#include <cstddef>
#include <cstdint>
#include <utility>

#include "runtime/value.h"

namespace rw {

class Interp;
struct Type;

enum ObjectFlags : uint32_t {
  kGcTracked = 1u << 0,     // linked in the collector's list (container types)
  kStatic = 1u << 1,        // created by interpreter start-up; identical in every run
  kInternedStr = 1u << 2,   // a Str in the interning table
  kGcReachable = 1u << 3,   // scratch bit for the collector and heap walks
  kFinalized = 1u << 4,     // __del__ already ran (PEP 442)
  // Never dies (None, True, False, ...): code may return these without taking a reference,
  // so their counts are meaningless and reaching zero only resets them.
  kImmortal = 1u << 5,
  kOldGeneration = 1u << 6,  // survived a cycle collection
};

struct Object {
  uint32_t refcnt = 1;
  uint32_t flags = 0;
  Type* type = nullptr;
  uint64_t serial = 0;
};

// Releases an object whose count reached zero (runtime/lifecycle.cpp).
void destroyObject(Object* object);

inline void incref(Object* o) { ++o->refcnt; }
inline void decref(Object* o) {
  if (--o->refcnt == 0) destroyObject(o);
}
inline void incref(Value v) {
  if (v.isObject()) ++v.asObject()->refcnt;
}
inline void decref(Value v) {
  if (v.isObject()) decref(v.asObject());
}
inline Value newRef(Value v) {
  incref(v);
  return v;
}
template <class T>
inline T* newRef(T* o) {
  incref(static_cast<Object*>(o));
  return o;
}

// An owned reference: releases its value when it goes out of scope. Native code holds
// values in Refs so that a Python exception (a C++ throw) never leaks a reference.
class Ref {
 public:
  Ref() = default;
  // Takes over a reference the caller owns ("steals" it, in CPython's terms).
  static Ref steal(Value v) { return Ref(v); }
  // Takes a new reference to a borrowed value.
  static Ref borrow(Value v) {
    incref(v);
    return Ref(v);
  }
  Ref(const Ref& other) : value_(other.value_) { incref(value_); }
  Ref(Ref&& other) noexcept : value_(std::exchange(other.value_, Value())) {}
  Ref& operator=(const Ref& other) {
    Value old = value_;
    value_ = other.value_;
    incref(value_);
    decref(old);
    return *this;
  }
  Ref& operator=(Ref&& other) noexcept {
    if (this != &other) {
      Value old = value_;
      value_ = std::exchange(other.value_, Value());
      decref(old);
    }
    return *this;
  }
  ~Ref() { decref(value_); }

  Value get() const { return value_; }
  Object* obj() const { return value_.asObject(); }
  template <class T>
  T* as() const {
    return static_cast<T*>(value_.asObject());
  }
  explicit operator bool() const { return !value_.isNull(); }
  // Gives up ownership to the caller.
  Value release() { return std::exchange(value_, Value()); }
  void reset(Value v = Value()) {
    Value old = value_;
    value_ = v;
    decref(old);
  }

 private:
  explicit Ref(Value v) : value_(v) {}
  Value value_;
};

// A Ref that knows its object's static type, for fields and locals of a known type.
template <class T>
class TypedRef {
 public:
  TypedRef() = default;
  static TypedRef steal(T* p) { return TypedRef(p); }
  static TypedRef borrow(T* p) {
    if (p) incref(static_cast<Object*>(p));
    return TypedRef(p);
  }
  TypedRef(const TypedRef& o) : p_(o.p_) {
    if (p_) incref(static_cast<Object*>(p_));
  }
  TypedRef(TypedRef&& o) noexcept : p_(std::exchange(o.p_, nullptr)) {}
  TypedRef& operator=(TypedRef o) noexcept {
    std::swap(p_, o.p_);
    return *this;
  }
  ~TypedRef() {
    if (p_) decref(static_cast<Object*>(p_));
  }
  T* get() const { return p_; }
  T* operator->() const { return p_; }
  explicit operator bool() const { return p_ != nullptr; }
  T* release() { return std::exchange(p_, nullptr); }
  Value value() const { return Value(static_cast<Object*>(p_)); }

 private:
  explicit TypedRef(T* p) : p_(p) {}
  T* p_ = nullptr;
};

}  // namespace rw
