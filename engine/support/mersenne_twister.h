// MT19937, the Mersenne Twister of Matsumoto and Nishimura, with the seeding and the 53-bit
// doubles of CPython's _random module, so that seeded sequences equal CPython's bit for bit.
#pragma once

#include <cstddef>
#include <cstdint>

namespace rw::support {

struct MersenneTwister {
  static constexpr int kSize = 624;

  uint32_t state[kSize] = {};
  int index = kSize + 1;  // kSize + 1: never seeded

  void seed(uint32_t s);
  // init_by_array: seeds from a key of 32-bit words (random.seed(int) uses the absolute
  // value's words, least significant first).
  void seedByArray(const uint32_t* key, size_t length);
  uint32_t next();
  // random.random(): 53 random bits from two outputs, in [0, 1).
  double nextDouble();
};

}  // namespace rw::support
