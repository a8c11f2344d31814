// enumerate(iterable, start=0): pairs (count, item), the count growing past the small-int
// range into big ints when it must.
#include "objects/builtin_iterators.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/protocols.h"
#include "runtime/type_support.h"

namespace rw {

namespace {

Enumerate* asEnumerate(Value v) {
  return static_cast<Enumerate*>(v.asObject());
}

bool keywordIs(CallArgs args, size_t i, std::string_view name) {
  return strView(args.kwnames->item(static_cast<int64_t>(i))) == name;
}

[[noreturn]] void invalidKeyword(Interp& I, CallArgs args, size_t i) {
  raiseTypeError(I, "'" + std::string(strView(args.kwnames->item(static_cast<int64_t>(i)))) +
                        "' is an invalid keyword argument for enumerate()");
}

// CPython parses enumerate's two arguments by hand; so do we, for the same messages.
void parseArguments(Interp& I, CallArgs args, Value& iterable, Value& start) {
  size_t nkw = args.nkw();
  size_t total = args.nargs + nkw;
  if (total == 2) {
    if (nkw == 1 && !keywordIs(args, 0, "start")) invalidKeyword(I, args, 0);
    if (nkw == 2) {
      if (keywordIs(args, 0, "start")) {
        if (!keywordIs(args, 1, "iterable")) invalidKeyword(I, args, 1);
        iterable = args.args[1];
        start = args.args[0];
        return;
      }
      if (!keywordIs(args, 0, "iterable")) invalidKeyword(I, args, 0);
      if (!keywordIs(args, 1, "start")) invalidKeyword(I, args, 1);
    }
    iterable = args.args[0];
    start = args.args[1];
    return;
  }
  if (total == 1) {
    if (nkw == 1 && !keywordIs(args, 0, "iterable")) invalidKeyword(I, args, 0);
    iterable = args.args[0];
    return;
  }
  if (args.nargs == 0) raiseTypeError(I, "enumerate() missing required argument 'iterable'");
  raiseTypeError(I, "enumerate() takes at most 2 arguments (" + std::to_string(total) + " given)");
}

Value enumerateNew(Interp& I, Type* type, CallArgs args) {
  Value iterable, start;
  parseArguments(I, args, iterable, start);
  Ref first = start ? Ref::steal(index(I, start)) : Ref::steal(Value::smallInt(0));
  Ref iterator = Ref::steal(getIter(I, iterable));
  Enumerate* e = I.alloc<Enumerate>(type);
  e->iterator = iterator.release();
  e->index = first.release();
  return Value(e);
}

void enumerateDestroy(Object* o) {
  Enumerate* e = static_cast<Enumerate*>(o);
  decref(e->iterator);
  decref(e->index);
}

void enumerateTraverse(Object* o, const RefVisitor& visit) {
  Enumerate* e = static_cast<Enumerate*>(o);
  visit(e->iterator);
  visit(e->index);
}

Value enumerateNext(Interp& I, Value self) {
  Enumerate* e = asEnumerate(self);
  Ref item = Ref::steal(iterNext(I, e->iterator));
  if (!item) return Value();
  Value count = e->index;
  Value next = count.isSmallInt() && count.asSmallInt() < Value::kSmallMax
                   ? Value::smallInt(count.asSmallInt() + 1)
                   : binaryOp(I, count, Value::smallInt(1), BinaryOp::Add);
  e->index = next;
  Ref countRef = Ref::steal(count);
  return Value(newTupleOf(I, {count, item.get()}));
}

Value selfIter(Interp&, Value self) {
  return newRef(self);
}

}  // namespace

void initEnumerateType(Interp& I) {
  Type* t = I.types.enumerate;
  t->newInstance = enumerateNew;
  t->destroy = enumerateDestroy;
  t->traverse = enumerateTraverse;
  t->iter = selfIter;
  t->next = enumerateNext;
}

}  // namespace rw
