// Random's integer and sequence methods: randrange, randint, choice, shuffle, sample and
// choices, following random.py step by step so that they draw the same numbers as CPython.
#include <cmath>
#include <unordered_set>

#include "modules/module_support.h"
#include "modules/random_module.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "runtime/protocols.h"
#include "runtime/type_support.h"

namespace rw {

using support::BigInt;

namespace {

bool isNone(Interp& I, Value v) {
  return !v || v.is(I.None());
}

// random.py's `_index(x)`, falling back to int(x) for non-integers that equal an int (with
// CPython's deprecation, which only warns).
BigInt integerArgument(Interp& I, Value v, const char* what) {
  try {
    Ref i = Ref::steal(index(I, v));
    return toBigInt(i.get());
  } catch (PyException&) {
    if (!isInstance(I, I.pendingException, I.exc.TypeError)) throw;
    decref(I.takePendingException());
  }
  Ref converted = Ref::steal(call(I, Value(I.types.int_), {v}));
  if (compareBool(I, converted.get(), v, CompareOp::Ne))
    raiseValueError(I, std::string("non-integer ") + what + " for randrange()");
  return toBigInt(converted.get());
}

Value randrange(Interp& I, RandomSource& r, Value start, Value stop, Value step) {
  BigInt istart = integerArgument(I, start, "arg 1");
  if (isNone(I, stop)) {
    // random.py tests `step is not _ONE`: any int 1 is that cached object in CPython.
    int64_t stepValue;
    bool unitStep =
        !step || (isType(I, step, I.types.int_) && intToInt64(step, stepValue) && stepValue == 1);
    if (!unitStep) raiseTypeError(I, "Missing a non-None stop argument");
    if (istart.sign() > 0) return newIntFromBig(I, r.below(istart));
    raiseValueError(I, "empty range for randrange()");
  }
  BigInt istop = integerArgument(I, stop, "stop");
  BigInt width = istop - istart;
  BigInt istep = step ? integerArgument(I, step, "step") : BigInt(1);
  if (istep == BigInt(1)) {
    if (width.sign() > 0) return newIntFromBig(I, istart + r.below(width));
    raiseValueError(I, "empty range for randrange() (" + istart.toString() + ", " +
                           istop.toString() + ", " + width.toString() + ")");
  }
  BigInt n;
  if (istep.sign() > 0)
    n = floorDiv(width + istep - BigInt(1), istep);
  else if (istep.sign() < 0)
    n = floorDiv(width + istep + BigInt(1), istep);
  else
    raiseValueError(I, "zero step for randrange()");
  if (n.sign() <= 0) raiseValueError(I, "empty range for randrange()");
  return newIntFromBig(I, istart + istep * r.below(n));
}

Value randomRandrange(Interp& I, Value self, CallArgs args) {
  std::vector<Value> a = bindMethod(I, "randrange", self, args, {"start", "stop", "step"}, 1);
  RandomSource source(I, self);
  return randrange(I, source, a[0], a[1], a[2]);
}

Value randomRandint(Interp& I, Value self, CallArgs args) {
  std::vector<Value> a = bindMethod(I, "randint", self, args, {"a", "b"}, 2);
  Ref stop = Ref::steal(binaryOp(I, a[1], Value::smallInt(1), BinaryOp::Add));
  RandomSource source(I, self);
  return randrange(I, source, a[0], stop.get(), Value());
}

Value randomChoice(Interp& I, Value self, CallArgs args) {
  std::vector<Value> a = bindMethod(I, "choice", self, args, {"seq"}, 1);
  int64_t n = length(I, a[0]);
  if (n == 0) raiseError(I, I.exc.IndexError, "Cannot choose from an empty sequence");
  Ref position = Ref::steal(newInt(I, RandomSource(I, self).below(n)));
  return getItem(I, a[0], position.get());
}

Value randomShuffle(Interp& I, Value self, CallArgs args) {
  std::vector<Value> a = bindMethod(I, "shuffle", self, args, {"x"}, 1);
  Value x = a[0];
  RandomSource r(I, self);
  for (int64_t i = length(I, x) - 1; i >= 1; --i) {
    Ref first = Ref::steal(newInt(I, i));
    Ref second = Ref::steal(newInt(I, r.below(i + 1)));
    Ref atSecond = Ref::steal(getItem(I, x, second.get()));
    Ref atFirst = Ref::steal(getItem(I, x, first.get()));
    setItem(I, x, first.get(), atSecond.get());
    setItem(I, x, second.get(), atFirst.get());
  }
  return I.None();
}

// collections.abc.Sequence among the built-in types.
bool isSequence(Interp& I, Value v) {
  for (Type* t : {I.types.list, I.types.tuple, I.types.str, I.types.range})
    if (isInstance(I, v, t)) return true;
  return false;
}

// list(itertools.accumulate(values)).
Ref runningTotals(Interp& I, Value values) {
  Ref totals = Ref::steal(Value(newList(I)));
  Ref it = Ref::steal(getIter(I, values));
  Ref total;
  while (Ref item = Ref::steal(iterNext(I, it.get()))) {
    total = total ? Ref::steal(binaryOp(I, total.get(), item.get(), BinaryOp::Add)) : item;
    listAppend(I, totals.as<List>(), total.get());
  }
  return totals;
}

// bisect.bisect_right(a, x, lo, hi).
int64_t bisectRight(Interp& I, Value a, Value x, int64_t lo, int64_t hi) {
  while (lo < hi) {
    int64_t mid = (lo + hi) / 2;
    Ref position = Ref::steal(newInt(I, mid));
    Ref item = Ref::steal(getItem(I, a, position.get()));
    if (compareBool(I, x, item.get(), CompareOp::Lt))
      hi = mid;
    else
      lo = mid + 1;
  }
  return lo;
}

Value sample(Interp& I, Value self, Value population, Value k, Value counts) {
  if (!isSequence(I, population))
    raiseTypeError(I, "Population must be a sequence.  For dicts or sets, use sorted(d).");
  int64_t n = length(I, population);
  if (!isNone(I, counts)) {
    Ref cumulative = runningTotals(I, counts);
    List* cum = cumulative.as<List>();
    if (cum->size != n) raiseValueError(I, "The number of counts does not match the population");
    Ref total = Ref::steal(cum->items[--cum->size]);
    cum->items[cum->size] = Value();
    if (!isInt(I, total.get())) raiseTypeError(I, "Counts must be integers");
    if (compareBool(I, total.get(), Value::smallInt(0), CompareOp::Le))
      raiseValueError(I, "Total of counts must be greater than zero");
    Ref indices = Ref::steal(call(I, Value(I.types.range), {total.get()}));
    Ref selections = Ref::steal(sample(I, self, indices.get(), k, Value()));
    List* picked = selections.as<List>();
    Ref result = Ref::steal(Value(newList(I, picked->size)));
    for (int64_t i = 0; i < picked->size; ++i) {
      Ref position =
          Ref::steal(newInt(I, bisectRight(I, cumulative.get(), picked->items[i], 0, cum->size)));
      Ref item = Ref::steal(getItem(I, population, position.get()));
      listAppend(I, result.as<List>(), item.get());
    }
    return result.release();
  }
  Ref size = Ref::steal(newInt(I, n));
  if (!compareBool(I, Value::smallInt(0), k, CompareOp::Le) ||
      !compareBool(I, k, size.get(), CompareOp::Le))
    raiseValueError(I, "Sample larger than population or is negative");
  if (!typeOf(I, k)->index)
    raiseTypeError(
        I, "can't multiply sequence by non-int of type '" + std::string(typeName(I, k)) + "'");
  int64_t count = asSsize(I, k, I.exc.OverflowError);
  RandomSource r(I, self);
  Ref result = Ref::steal(Value(newList(I, count)));
  List* out = result.as<List>();
  // A pool copy for small populations, a set of drawn indices for large ones (random.py's
  // memory estimate decides).
  int64_t setsize = 21;
  if (count > 5)
    setsize +=
        static_cast<int64_t>(std::pow(4.0, std::ceil(std::log(count * 3.0) / std::log(4.0))));
  if (n <= setsize) {
    Ref poolRef = Ref::steal(Value(newList(I, n)));
    List* pool = poolRef.as<List>();
    listExtend(I, pool, population);
    for (int64_t i = 0; i < count; ++i) {
      int64_t j = r.below(n - i);
      listAppend(I, out, pool->items[j]);
      Value moved = newRef(pool->items[n - i - 1]);
      Value old = pool->items[j];
      pool->items[j] = moved;
      decref(old);
    }
  } else {
    std::unordered_set<int64_t> selected;
    for (int64_t i = 0; i < count; ++i) {
      int64_t j = r.below(n);
      while (selected.count(j))
        j = r.below(n);
      selected.insert(j);
      Ref position = Ref::steal(newInt(I, j));
      Ref item = Ref::steal(getItem(I, population, position.get()));
      listAppend(I, out, item.get());
    }
  }
  return result.release();
}

Value randomSample(Interp& I, Value self, CallArgs args) {
  if (args.nargs > 2)
    raiseTypeError(I, "Random.sample() takes 3 positional arguments but " +
                          std::to_string(args.nargs + 1) + " were given");
  std::vector<Value> a = bindMethod(I, "sample", self, args, {"population", "k", "counts"}, 2);
  return sample(I, self, a[0], a[1], a[2]);
}

// itertools.repeat(None, k)'s count: an index, at least 0.
int64_t repeatCount(Interp& I, Value k) {
  if (!k) return 1;
  int64_t count = asSsize(I, k, I.exc.OverflowError);
  return count < 0 ? 0 : count;
}

Value randomChoices(Interp& I, Value self, CallArgs args) {
  if (args.nargs > 2)
    raiseTypeError(I, "Random.choices() takes from 2 to 3 positional arguments but " +
                          std::to_string(args.nargs + 1) + " were given");
  std::vector<Value> a =
      bindMethod(I, "choices", self, args, {"population", "weights", "cum_weights", "k"}, 1);
  Value population = a[0], weights = a[1], k = a[3];
  int64_t n = length(I, population);
  Ref cumulative;
  if (isNone(I, a[2])) {
    if (isNone(I, weights)) {
      double size = static_cast<double>(n);
      int64_t count = repeatCount(I, k);
      RandomSource r(I, self);
      Ref result = Ref::steal(Value(newList(I, count)));
      for (int64_t i = 0; i < count; ++i) {
        Ref position =
            Ref::steal(newIntFromBig(I, BigInt::fromDouble(std::floor(r.random() * size))));
        Ref item = Ref::steal(getItem(I, population, position.get()));
        listAppend(I, result.as<List>(), item.get());
      }
      return result.release();
    }
    try {
      cumulative = runningTotals(I, weights);
    } catch (PyException&) {
      if (!isInstance(I, I.pendingException, I.exc.TypeError) || !isInt(I, weights)) throw;
      decref(I.takePendingException());
      raiseTypeError(
          I, "The number of choices must be a keyword argument: k=" + reprString(I, weights));
    }
  } else if (!isNone(I, weights)) {
    raiseTypeError(I, "Cannot specify both weights and cumulative weights");
  } else {
    cumulative = Ref::borrow(a[2]);
  }
  if (length(I, cumulative.get()) != n)
    raiseValueError(I, "The number of weights does not match the population");
  Ref last = Ref::steal(getItem(I, cumulative.get(), Value::smallInt(-1)));
  Ref zero = Ref::steal(newFloat(I, 0.0));
  Ref total = Ref::steal(binaryOp(I, last.get(), zero.get(), BinaryOp::Add));
  if (compareBool(I, total.get(), zero.get(), CompareOp::Le))
    raiseValueError(I, "Total of weights must be greater than zero");
  if (!std::isfinite(realArg(I, total.get())))
    raiseValueError(I, "Total of weights must be finite");
  int64_t count = repeatCount(I, k);
  RandomSource r(I, self);
  Ref result = Ref::steal(Value(newList(I, count)));
  for (int64_t i = 0; i < count; ++i) {
    Ref u = Ref::steal(newFloat(I, r.random()));
    Ref x = Ref::steal(binaryOp(I, u.get(), total.get(), BinaryOp::Multiply));
    Ref position = Ref::steal(newInt(I, bisectRight(I, cumulative.get(), x.get(), 0, n - 1)));
    Ref item = Ref::steal(getItem(I, population, position.get()));
    listAppend(I, result.as<List>(), item.get());
  }
  return result.release();
}

}  // namespace

std::vector<RandomMethod> randomSequenceMethods() {
  return {{"randrange", randomRandrange}, {"randint", randomRandint}, {"choice", randomChoice},
          {"shuffle", randomShuffle},     {"sample", randomSample},   {"choices", randomChoices}};
}

}  // namespace rw
