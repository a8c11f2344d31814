#include "support/mersenne_twister.h"

namespace rw::support {

namespace {

constexpr int kShift = 397;
constexpr uint32_t kMatrixA = 0x9908b0dfu;
constexpr uint32_t kUpperMask = 0x80000000u;
constexpr uint32_t kLowerMask = 0x7fffffffu;

}  // namespace

void MersenneTwister::seed(uint32_t s) {
  state[0] = s;
  for (int i = 1; i < kSize; ++i)
    state[i] = 1812433253u * (state[i - 1] ^ (state[i - 1] >> 30)) + static_cast<uint32_t>(i);
  index = kSize;
}

void MersenneTwister::seedByArray(const uint32_t* key, size_t length) {
  seed(19650218u);
  size_t i = 1, j = 0;
  for (size_t k = kSize > length ? kSize : length; k; --k) {
    state[i] = (state[i] ^ ((state[i - 1] ^ (state[i - 1] >> 30)) * 1664525u)) + key[j] +
               static_cast<uint32_t>(j);
    ++i;
    ++j;
    if (i >= kSize) {
      state[0] = state[kSize - 1];
      i = 1;
    }
    if (j >= length) j = 0;
  }
  for (size_t k = kSize - 1; k; --k) {
    state[i] = (state[i] ^ ((state[i - 1] ^ (state[i - 1] >> 30)) * 1566083941u)) -
               static_cast<uint32_t>(i);
    ++i;
    if (i >= kSize) {
      state[0] = state[kSize - 1];
      i = 1;
    }
  }
  // The most significant bit makes the initial state non-zero.
  state[0] = 0x80000000u;
  index = kSize;
}

uint32_t MersenneTwister::next() {
  if (index >= kSize) {
    if (index == kSize + 1) seed(5489u);
    int k = 0;
    for (; k < kSize - kShift; ++k) {
      uint32_t y = (state[k] & kUpperMask) | (state[k + 1] & kLowerMask);
      state[k] = state[k + kShift] ^ (y >> 1) ^ ((y & 1u) ? kMatrixA : 0u);
    }
    for (; k < kSize - 1; ++k) {
      uint32_t y = (state[k] & kUpperMask) | (state[k + 1] & kLowerMask);
      state[k] = state[k + (kShift - kSize)] ^ (y >> 1) ^ ((y & 1u) ? kMatrixA : 0u);
    }
    uint32_t y = (state[kSize - 1] & kUpperMask) | (state[0] & kLowerMask);
    state[kSize - 1] = state[kShift - 1] ^ (y >> 1) ^ ((y & 1u) ? kMatrixA : 0u);
    index = 0;
  }
  uint32_t y = state[index++];
  // Tempering.
  y ^= y >> 11;
  y ^= (y << 7) & 0x9d2c5680u;
  y ^= (y << 15) & 0xefc60000u;
  y ^= y >> 18;
  return y;
}

double MersenneTwister::nextDouble() {
  uint32_t a = next() >> 5;
  uint32_t b = next() >> 6;
  return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

}  // namespace rw::support
