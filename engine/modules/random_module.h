// Shared by the files of the random module: the Random object (a Mersenne Twister with
// CPython's seeding, plus gauss's saved value) and the primitives the methods build on.
#pragma once

#include <initializer_list>
#include <string_view>
#include <vector>

#include "objects/module.h"
#include "runtime/interp.h"
#include "support/bigint.h"
#include "support/mersenne_twister.h"

namespace rw {

struct Dict;

struct RandomObject : Object {
  support::MersenneTwister mt;
  bool seeded = false;  // the module's instance is seeded from the clock on first use
  Value gaussNext;      // null: None
  Dict* dict = nullptr;
};

// The Random instance of a method call (seeding it from the Host's clock if it never was).
RandomObject* randomSelf(Interp& I, Value self);
double randomDouble(RandomObject* r);
// getrandbits(k) for k >= 0.
support::BigInt randomBits(RandomObject* r, uint64_t k);
// CPython's _randbelow_with_getrandbits: uniform in [0, n) for n > 0.
support::BigInt randomBelow(RandomObject* r, const support::BigInt& n);

// Where a method draws its numbers, as random.py's methods look them up on self: the
// generator itself, or a subclass's own random(), getrandbits() or _randbelow() (chosen like
// Random.__init_subclass__ chooses _randbelow).
class RandomSource {
 public:
  RandomSource(Interp& I, Value self);
  double random();
  support::BigInt below(const support::BigInt& n);
  int64_t below(int64_t n);
  support::BigInt bits(uint64_t k);

 private:
  enum class Below : uint8_t { Native, Method, WithGetrandbits, WithoutGetrandbits };
  support::BigInt bitsFromMethod(uint64_t k);

  Interp& I_;
  Value self_;
  RandomObject* native_;  // the generator, when random() is not overridden
  bool nativeBits_;       // getrandbits is Random's own
  Below below_;
};

// Binds a method's arguments like the Python method "Random.NAME(self, ...)": self counts
// among the positional arguments in the messages, as in CPython.
std::vector<Value> bindMethod(Interp& I, const char* name, Value self, CallArgs args,
                              std::initializer_list<std::string_view> names, size_t required);

// A method of Random that the random module also offers as a function bound to its hidden
// instance.
struct RandomMethod {
  const char* name;
  Value (*fn)(Interp&, Value, CallArgs);
};
std::vector<RandomMethod> randomSequenceMethods();
std::vector<RandomMethod> randomDistributionMethods();

}  // namespace rw
