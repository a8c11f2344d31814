// zip(*iterables, strict=False): tuples of the i-th items, stopping at the shortest input;
// with strict=True an input of another length is a ValueError naming the argument.
#include "objects/builtin_iterators.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/protocols.h"
#include "runtime/type_support.h"

namespace rw {

namespace {

Zip* asZip(Value v) {
  return static_cast<Zip*>(v.asObject());
}

Value zipNew(Interp& I, Type* type, CallArgs args) {
  bool strict = false;
  size_t nkw = args.nkw();
  if (nkw > 1)
    raiseTypeError(I, "zip() takes at most 1 keyword argument (" + std::to_string(nkw) + " given)");
  if (nkw == 1) {
    std::string_view key = strView(args.kwnames->item(0));
    if (key != "strict")
      raiseTypeError(I, "'" + std::string(key) + "' is an invalid keyword argument for zip()");
    strict = truthy(I, args.kwValue(0));
  }
  std::vector<Ref> iterators;
  iterators.reserve(args.nargs);
  for (size_t i = 0; i < args.nargs; ++i)
    iterators.push_back(Ref::steal(getIter(I, args.args[i])));
  Zip* z = I.alloc<Zip>(type);
  z->strict = strict;
  for (Ref& it : iterators)
    z->iterators.push_back(it.release());
  return Value(z);
}

void releaseIterators(Zip* z) {
  std::vector<Value> old;
  old.swap(z->iterators);
  for (Value v : old)
    decref(v);
}

void zipDestroy(Object* o) {
  Zip* z = static_cast<Zip*>(o);
  releaseIterators(z);
  z->~Zip();
}

void zipTraverse(Object* o, const RefVisitor& visit) {
  for (Value v : static_cast<Zip*>(o)->iterators)
    visit(v);
}

void zipClear(Object* o) {
  releaseIterators(static_cast<Zip*>(o));
}

// "argument 2" / "arguments 1-2": the inputs before position `i` (0-based).
std::string earlierArguments(size_t i) {
  return i == 1 ? "argument 1" : "arguments 1-" + std::to_string(i);
}

// Input `i` (0-based) ended: under strict=True every input must end at the same step.
void checkStrictEnd(Interp& I, Zip* z, size_t i) {
  if (i > 0)
    raiseValueError(
        I, "zip() argument " + std::to_string(i + 1) + " is shorter than " + earlierArguments(i));
  for (size_t k = 1; k < z->iterators.size(); ++k) {
    Ref extra = Ref::steal(iterNext(I, z->iterators[k]));
    if (extra)
      raiseValueError(
          I, "zip() argument " + std::to_string(k + 1) + " is longer than " + earlierArguments(k));
  }
}

Value zipNext(Interp& I, Value self) {
  Zip* z = asZip(self);
  size_t n = z->iterators.size();
  if (n == 0) return Value();
  Ref result = Ref::steal(Value(newTuple(I, static_cast<int64_t>(n))));
  for (size_t i = 0; i < n; ++i) {
    Value item = iterNext(I, z->iterators[i]);
    if (!item) {
      if (z->strict) checkStrictEnd(I, z, i);
      return Value();
    }
    result.as<Tuple>()->items()[i] = item;
  }
  return result.release();
}

Value selfIter(Interp&, Value self) {
  return newRef(self);
}

}  // namespace

void initZipType(Interp& I) {
  Type* t = I.types.zip;
  t->newInstance = zipNew;
  t->destroy = zipDestroy;
  t->traverse = zipTraverse;
  t->clear = zipClear;
  t->iter = selfIter;
  t->next = zipNext;
}

}  // namespace rw
