// The random module: the Random type (CPython's _random.Random plus random.Random's seed,
// getstate and setstate), the module's hidden instance and its bound functions. Seeding
// without a seed reads the clock through the Host, so recordings replay the same numbers.
// Sequences and distributions are in random_sequences.cpp and random_distributions.cpp.
#include "modules/random_module.h"

#include <cmath>
#include <string>

#include "modules/module_snapshot.h"
#include "modules/module_support.h"
#include "modules/native_modules.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/protocols.h"
#include "runtime/type_support.h"
#include "support/sha512.h"

namespace rw {

using support::BigInt;

namespace {

RandomObject* asRandom(Value v) {
  return static_cast<RandomObject*>(v.asObject());
}

void seedWithInt(RandomObject* r, const BigInt& n) {
  BigInt magnitude = n.abs();
  std::span<const uint32_t> limbs = magnitude.limbs();
  const uint32_t zero = 0;
  if (limbs.empty())
    r->mt.seedByArray(&zero, 1);
  else
    r->mt.seedByArray(limbs.data(), limbs.size());
  r->seeded = true;
}

// seed(None): CPython reads os.urandom; here the wall clock and the monotonic clock come
// from the Host, which a recording logs.
void seedFromClock(Interp& I, RandomObject* r) {
  uint64_t wall = static_cast<uint64_t>(I.host.wallTime() * 1e9);
  uint64_t monotonic = static_cast<uint64_t>(I.host.monotonicTime() * 1e9);
  const uint32_t key[] = {static_cast<uint32_t>(wall), static_cast<uint32_t>(wall >> 32),
                          static_cast<uint32_t>(monotonic), static_cast<uint32_t>(monotonic >> 32)};
  r->mt.seedByArray(key, 4);
  r->seeded = true;
}

void setGaussNext(RandomObject* r, Value v) {
  Value old = r->gaussNext;
  r->gaussNext = v && !v.isNull() ? newRef(v) : Value();
  decref(old);
}

bool isText(Interp& I, Value v) {
  return isInstance(I, v, I.types.str) || isInstance(I, v, I.types.bytes);
}

void notify(Interp& I, RandomObject* r) {
  if (I.observer) I.observer->onWrite(r);
}

// random.Random.seed: str seeds (version 2) become int.from_bytes(s + sha512(s)); version 1
// hashes them the old way; floats seed with their hash.
void seedWith(Interp& I, RandomObject* r, Value a, Value version) {
  bool versionOne = version && equals(I, version, Value::smallInt(1));
  bool versionTwo = !version || equals(I, version, Value::smallInt(2));
  if (!a || a.is(I.None())) {
    seedFromClock(I, r);
  } else if (isText(I, a) && versionOne) {
    // bytes count as their Latin-1 decoding: one character per byte.
    std::vector<uint64_t> characters;
    if (isInstance(I, a, I.types.str)) {
      Str* s = static_cast<Str*>(a.asObject());
      for (int64_t i = 0; i < s->length; ++i)
        characters.push_back(s->at(i));
    } else {
      for (unsigned char c : bytesView(a))
        characters.push_back(c);
    }
    uint64_t x = characters.empty() ? 0 : characters[0] << 7;
    for (uint64_t c : characters)
      x = (1000003 * x) ^ c;
    x ^= characters.size();
    seedWithInt(r, BigInt::fromUint64(x));
  } else if (isText(I, a) && versionTwo) {
    std::string bytes(isInstance(I, a, I.types.str) ? strView(a) : bytesView(a));
    support::Sha512::Digest digest = support::Sha512::of(bytes);
    bytes.append(reinterpret_cast<const char*>(digest.data()), digest.size());
    const uint8_t* data = reinterpret_cast<const uint8_t*>(bytes.data());
    seedWithInt(r, BigInt::fromBytes(std::span<const uint8_t>(data, bytes.size()), true, false));
  } else if (isInt(I, a)) {
    seedWithInt(r, toBigInt(a));
  } else if (isInstance(I, a, I.types.float_) || isText(I, a)) {
    seedWithInt(r, BigInt::fromUint64(static_cast<uint64_t>(hash(I, a))));
  } else {
    raiseTypeError(
        I, "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
  }
  setGaussNext(r, Value());
  notify(I, r);
}

// ---- the type -----------------------------------------------------------------------------

Dict** randomDict(Object* o) {
  return &static_cast<RandomObject*>(o)->dict;
}

void randomRelease(RandomObject* r) {
  Value gauss = r->gaussNext;
  Dict* dict = r->dict;
  r->gaussNext = Value();
  r->dict = nullptr;
  decref(gauss);
  if (dict) decref(static_cast<Object*>(dict));
}
void randomDestroy(Object* o) {
  randomRelease(asRandom(o));
}
void randomTraverse(Object* o, const RefVisitor& visit) {
  RandomObject* r = asRandom(o);
  if (r->gaussNext) visit(r->gaussNext);
  if (r->dict) visit(Value(r->dict));
}

// Instances start unseeded; __init__ seeds them (a generator used before that seeds from the
// clock, like the module's own instance).
Value randomNew(Interp& I, Type* type, CallArgs) {
  return Value(I.alloc<RandomObject>(type));
}

// random.Random.__init__(self, x=None): self.seed(x), through a subclass's seed() if it has one.
Value randomInit(Interp& I, Value self, CallArgs args) {
  std::vector<Value> a = bindMethod(I, "__init__", self, args, {"x"}, 0);
  Value x = a[0] ? a[0] : I.None();
  Type* type = typeOf(I, self);
  Str* seedName = I.intern("seed");
  Value ownSeed =
      dictGetStr(I, static_cast<Type*>(I.findStatic("type:random.Random"))->dict, seedName);
  if (typeLookup(I, type, seedName).is(ownSeed)) {
    seedWith(I, asRandom(self), x, Value());
  } else {
    Ref done = Ref::steal(callMethod(I, self, seedName, {x}));
    setGaussNext(asRandom(self), Value());
  }
  return I.None();
}

void randomInitSlot(Interp& I, Value self, CallArgs args) {
  Ref done = Ref::steal(randomInit(I, self, args));
}

Value randomGetAttr(Interp& I, Value self, Str* name) {
  if (name->view() == "gauss_next") {
    Value g = asRandom(self)->gaussNext;
    return g ? newRef(g) : I.None();
  }
  return genericGetAttr(I, self, name);
}

void randomSetAttr(Interp& I, Value self, Str* name, Value value) {
  if (name->view() == "gauss_next" && value) {
    setGaussNext(asRandom(self), value.is(I.None()) ? Value() : value);
    notify(I, asRandom(self));
    return;
  }
  genericSetAttr(I, self, name, value);
}

// ---- methods --------------------------------------------------------------------------------

Value randomSeed(Interp& I, Value self, CallArgs args) {
  std::vector<Value> a = bindMethod(I, "seed", self, args, {"a", "version"}, 0);
  seedWith(I, asRandom(self), a[0], a[1]);
  return I.None();
}

Value randomRandom(Interp& I, Value self, CallArgs args) {
  checkNoKeywords(I, "Random.random", args);
  checkArgCount(I, "Random.random", args, 0, 0);
  RandomObject* r = randomSelf(I, self);
  return newFloat(I, randomDouble(r));
}

Value randomGetrandbits(Interp& I, Value self, CallArgs args) {
  checkNoKeywords(I, "Random.getrandbits", args);
  checkArgCount(I, "Random.getrandbits", args, 1, 1);
  Ref kValue = Ref::steal(intArg(I, args.args[0]));
  int64_t k;
  if (!intToInt64(kValue.get(), k) || k > INT32_MAX || k < INT32_MIN)
    raiseError(I, I.exc.OverflowError, "Python int too large to convert to C int");
  if (k < 0) raiseValueError(I, "number of bits must be non-negative");
  RandomObject* r = randomSelf(I, self);
  return newIntFromBig(I, randomBits(r, static_cast<uint64_t>(k)));
}

// random.py: self.getrandbits(n * 8).to_bytes(n, 'little').
Value randomRandbytes(Interp& I, Value self, CallArgs args) {
  std::vector<Value> a = bindMethod(I, "randbytes", self, args, {"n"}, 1);
  Ref bits = Ref::steal(binaryOp(I, a[0], Value::smallInt(8), BinaryOp::Multiply));
  Ref k = Ref::steal(intArg(I, bits.get()));
  int64_t count;
  if (!intToInt64(k.get(), count) || count > INT32_MAX || count < INT32_MIN)
    raiseError(I, I.exc.OverflowError, "Python int too large to convert to C int");
  if (count < 0) raiseValueError(I, "number of bits must be non-negative");
  BigInt value = RandomSource(I, self).bits(static_cast<uint64_t>(count));
  return Value(newBytes(I, value.toBytes(static_cast<size_t>(count / 8), false, false)));
}

Value randomGetstate(Interp& I, Value self, CallArgs args) {
  checkArgCount(I, "Random.getstate", args, 0, 0);
  RandomObject* r = randomSelf(I, self);
  Ref internal = Ref::steal(Value(newTuple(I, support::MersenneTwister::kSize + 1)));
  Tuple* t = internal.as<Tuple>();
  for (int i = 0; i < support::MersenneTwister::kSize; ++i)
    t->items()[i] = newInt(I, r->mt.state[i]);
  t->items()[support::MersenneTwister::kSize] = newInt(I, r->mt.index);
  Value gauss = r->gaussNext ? r->gaussNext : I.None();
  return Value(newTupleOf(I, {Value::smallInt(3), internal.get(), gauss}));
}

// C setstate: a tuple of 624 words and the index.
void setInternalState(Interp& I, RandomObject* r, Value state) {
  if (!isInstance(I, state, I.types.tuple)) raiseTypeError(I, "state vector must be a tuple");
  Tuple* t = static_cast<Tuple*>(state.asObject());
  if (t->size != support::MersenneTwister::kSize + 1)
    raiseValueError(I, "state vector is the wrong size");
  uint32_t words[support::MersenneTwister::kSize];
  for (int i = 0; i < support::MersenneTwister::kSize; ++i) {
    Value v = t->item(i);
    if (!isInt(I, v)) raiseTypeError(I, "an integer is required");
    BigInt n = toBigInt(v);
    if (n.isNegative())
      raiseError(I, I.exc.OverflowError, "can't convert negative value to unsigned int");
    if (n.bitLength() > 64)
      raiseError(I, I.exc.OverflowError, "Python int too large to convert to C unsigned long");
    words[i] = n.limbs().empty() ? 0 : n.limbs()[0];
  }
  int64_t index = longArg(I, t->item(support::MersenneTwister::kSize));
  if (index < 0 || index > support::MersenneTwister::kSize) raiseValueError(I, "invalid state");
  for (int i = 0; i < support::MersenneTwister::kSize; ++i)
    r->mt.state[i] = words[i];
  r->mt.index = static_cast<int>(index);
  r->seeded = true;
}

Value randomSetstate(Interp& I, Value self, CallArgs args) {
  std::vector<Value> a = bindMethod(I, "setstate", self, args, {"state"}, 1);
  RandomObject* r = asRandom(self);
  Value state = a[0];
  Ref version = Ref::steal(getItem(I, state, Value::smallInt(0)));
  bool three = equals(I, version.get(), Value::smallInt(3));
  bool two = !three && equals(I, version.get(), Value::smallInt(2));
  if (!three && !two)
    raiseValueError(I, "state with version " + strString(I, version.get()) +
                           " passed to Random.setstate() of version 3");
  Ref parts = Ref::steal(tupleOf(I, state));
  Tuple* p = parts.as<Tuple>();
  if (p->size < 3)
    raiseValueError(
        I, "not enough values to unpack (expected 3, got " + std::to_string(p->size) + ")");
  if (p->size > 3) raiseValueError(I, "too many values to unpack (expected 3)");
  setGaussNext(r, p->item(2).is(I.None()) ? Value() : p->item(2));
  Ref internal = Ref::borrow(p->item(1));
  if (two) {
    // Version 2 states held the words as signed values.
    Ref words = Ref::steal(tupleOf(I, internal.get()));
    Tuple* w = words.as<Tuple>();
    Ref modulus = Ref::steal(newIntFromBig(I, BigInt(1) << 32));
    Ref converted = Ref::steal(Value(newTuple(I, w->size)));
    for (int64_t i = 0; i < w->size; ++i)
      converted.as<Tuple>()->items()[i] =
          binaryOp(I, w->item(i), modulus.get(), BinaryOp::Remainder);
    internal = converted;
  }
  setInternalState(I, r, internal.get());
  notify(I, r);
  return I.None();
}

// ---- snapshots ------------------------------------------------------------------------------

void randomWrite(Interp&, Object* o, SnapshotEncoder& e) {
  RandomObject* r = asRandom(o);
  for (uint32_t word : r->mt.state)
    e.w.varint(word);
  e.w.svarint(r->mt.index);
  e.w.u8(r->seeded ? 1 : 0);
  e.value(r->gaussNext);
  e.object(r->dict);
}

void randomRead(Interp&, Object* o, SnapshotDecoder& d) {
  RandomObject* r = asRandom(o);
  for (uint32_t& word : r->mt.state)
    word = static_cast<uint32_t>(d.r.varint());
  int64_t index = d.r.svarint();
  if (index < 0 || index > support::MersenneTwister::kSize + 1)
    throw SnapshotError("snapshot: bad random state");
  r->mt.index = static_cast<int>(index);
  r->seeded = d.r.u8() != 0;
  r->gaussNext = d.value();
  r->dict = d.object<Dict>();
}

// The module's own instance is a start-up object whose state changes.
const SnapshotCodec kRandomCodec{randomWrite, module_snapshot::allocate<RandomObject>, randomRead,
                                 nullptr, true};

}  // namespace

RandomObject* randomSelf(Interp& I, Value self) {
  RandomObject* r = asRandom(self);
  if (!r->seeded) seedFromClock(I, r);
  notify(I, r);
  return r;
}

double randomDouble(RandomObject* r) {
  return r->mt.nextDouble();
}

BigInt randomBits(RandomObject* r, uint64_t k) {
  if (k == 0) return BigInt(0);
  if (k <= 32) return BigInt(static_cast<int64_t>(r->mt.next() >> (32 - k)));
  std::vector<uint8_t> bytes;
  bytes.reserve((k + 31) / 32 * 4);
  for (int64_t left = static_cast<int64_t>(k); left > 0; left -= 32) {
    uint32_t word = r->mt.next();
    if (left < 32) word >>= 32 - left;
    for (int i = 0; i < 4; ++i)
      bytes.push_back(static_cast<uint8_t>(word >> (8 * i)));
  }
  return BigInt::fromBytes(bytes, false, false);
}

BigInt randomBelow(RandomObject* r, const BigInt& n) {
  uint64_t k = n.bitLength();
  BigInt value = randomBits(r, k);
  while (value >= n)
    value = randomBits(r, k);
  return value;
}

namespace {

Type* randomTypeOf(Interp& I) {
  return static_cast<Type*>(I.findStatic("type:random.Random"));
}

// Whether `type` finds `name` elsewhere than in Random itself.
bool overridden(Interp& I, Type* type, const char* name) {
  Str* key = I.intern(name);
  return !typeLookup(I, type, key).is(dictGetStr(I, randomTypeOf(I)->dict, key));
}

}  // namespace

RandomSource::RandomSource(Interp& I, Value self)
    : I_(I), self_(self), native_(nullptr), nativeBits_(true), below_(Below::Native) {
  Type* type = typeOf(I, self);
  if (type == randomTypeOf(I)) {
    native_ = randomSelf(I, self);
    return;
  }
  if (!overridden(I, type, "random")) native_ = randomSelf(I, self);
  nativeBits_ = !overridden(I, type, "getrandbits");
  // Random.__init_subclass__: the first class in the MRO that defines _randbelow,
  // getrandbits or random decides.
  for (int64_t i = 0; i < type->mro->size; ++i) {
    Type* t = static_cast<Type*>(type->mro->item(i).asObject());
    if (t == randomTypeOf(I)) break;
    if (!t->dict) continue;
    if (dictGetStr(I, t->dict, "_randbelow")) {
      below_ = Below::Method;
      break;
    }
    if (dictGetStr(I, t->dict, "getrandbits")) {
      below_ = Below::WithGetrandbits;
      break;
    }
    if (dictGetStr(I, t->dict, "random")) {
      below_ = Below::WithoutGetrandbits;
      break;
    }
  }
  if (below_ == Below::Native && !native_) native_ = randomSelf(I, self);
}

double RandomSource::random() {
  if (native_) return randomDouble(native_);
  Ref value = Ref::steal(callMethod(I_, self_, I_.intern("random"), {}));
  return realArg(I_, value.get());
}

BigInt RandomSource::bitsFromMethod(uint64_t k) {
  Ref count = Ref::steal(newInt(I_, static_cast<int64_t>(k)));
  Ref value = Ref::steal(callMethod(I_, self_, I_.intern("getrandbits"), {count.get()}));
  Ref asInt = Ref::steal(intArg(I_, value.get()));
  return toBigInt(asInt.get());
}

BigInt RandomSource::bits(uint64_t k) {
  if (nativeBits_) return randomBits(randomSelf(I_, self_), k);
  return bitsFromMethod(k);
}

BigInt RandomSource::below(const BigInt& n) {
  switch (below_) {
    case Below::Method: {
      Ref bound = Ref::steal(newIntFromBig(I_, n));
      Ref value = Ref::steal(callMethod(I_, self_, I_.intern("_randbelow"), {bound.get()}));
      Ref asInt = Ref::steal(intArg(I_, value.get()));
      return toBigInt(asInt.get());
    }
    case Below::WithGetrandbits: {
      uint64_t k = n.bitLength();
      BigInt value = bitsFromMethod(k);
      while (value >= n)
        value = bitsFromMethod(k);
      return value;
    }
    case Below::WithoutGetrandbits: {
      // random.py's _randbelow_without_getrandbits, with maxsize = 2**53.
      const double maxsize = 9007199254740992.0;
      if (compareWithDouble(n, maxsize) != std::partial_ordering::less)
        return BigInt::fromDouble(std::floor(random() * n.toDouble()));
      int64_t small = n.toInt64();
      int64_t rem = (int64_t{1} << 53) % small;
      double limit = (maxsize - static_cast<double>(rem)) / maxsize;
      double r = random();
      while (r >= limit)
        r = random();
      return BigInt(static_cast<int64_t>(std::floor(r * maxsize)) % small);
    }
    case Below::Native:
      break;
  }
  return randomBelow(native_, n);
}

int64_t RandomSource::below(int64_t n) {
  return below(BigInt(n)).toInt64();
}

std::vector<Value> bindMethod(Interp& I, const char* name, Value self, CallArgs args,
                              std::initializer_list<std::string_view> names, size_t required) {
  std::vector<Value> argv{self};
  argv.insert(argv.end(), args.args, args.args + args.nargs + args.nkw());
  std::vector<std::string_view> params{"self"};
  params.insert(params.end(), names.begin(), names.end());
  std::vector<Value> bound =
      bindLikePython(I, std::string("Random.") + name,
                     CallArgs{argv.data(), args.nargs + 1, args.kwnames}, params, required + 1);
  bound.erase(bound.begin());
  return bound;
}

void initRandomModule(Interp& I, Module* module) {
  Type* t = newModuleType(I, module, "Random", sizeof(RandomObject),
                          kTypeGc | kTypeHasDict | kTypeBaseType);
  // random.Random is a class written in Python in CPython: its tp_name, which messages show,
  // has no module.
  decref(static_cast<Object*>(t->name));
  t->name = newRef(I.intern("Random"));
  t->instanceDict = randomDict;
  t->newInstance = randomNew;
  t->init = randomInitSlot;
  addMethod(I, t, "__init__", randomInit);
  t->destroy = randomDestroy;
  t->clear = randomDestroy;
  t->traverse = randomTraverse;
  t->getAttr = randomGetAttr;
  t->setAttr = randomSetAttr;
  registerSnapshotCodec(I, t, &kRandomCodec);
  dictSetStr(I, t->dict, "VERSION", Value::smallInt(3));
  addModuleValue(I, module, "Random", Value(t));

  std::vector<RandomMethod> methods = {
      {"seed", randomSeed},           {"random", randomRandom},
      {"randbytes", randomRandbytes}, {"getrandbits", randomGetrandbits},
      {"getstate", randomGetstate},   {"setstate", randomSetstate},
  };
  for (auto* more : {randomSequenceMethods, randomDistributionMethods})
    for (const RandomMethod& m : more())
      methods.push_back(m);

  // The hidden instance behind the module's functions; seeded on first use.
  RandomObject* instance = I.alloc<RandomObject>(t);
  I.registerStatic("random._inst", instance);
  for (const RandomMethod& m : methods) {
    addMethod(I, t, m.name, m.fn);
    BuiltinFunction* f = newBuiltinFunction(I, m.name, m.fn, Value(instance), nullptr, nullptr);
    I.registerStatic(std::string("random.") + m.name, f);
    addModuleValue(I, module, m.name, Value(f));
    decref(Value(f));
  }
  decref(Value(instance));

  const struct {
    const char* name;
    double value;
  } constants[] = {{"NV_MAGICCONST", 4 * std::exp(-0.5) / std::sqrt(2.0)},
                   {"LOG4", std::log(4.0)},
                   {"SG_MAGICCONST", 1.0 + std::log(4.5)},
                   {"RECIP_BPF", std::ldexp(1.0, -53)},
                   {"TWOPI", 2.0 * 3.141592653589793}};
  for (const auto& c : constants) {
    Ref v = Ref::steal(newFloat(I, c.value));
    addModuleValue(I, module, c.name, v.get());
  }
  addModuleValue(I, module, "BPF", Value::smallInt(53));
}

}  // namespace rw
