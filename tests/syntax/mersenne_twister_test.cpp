// MT19937 with CPython's seeding: the reference init_by_array vector and outputs of
// random.seed(n) / random.getrandbits(32) / random.random() from CPython 3.11.
#include <gtest/gtest.h>

#include "support/mersenne_twister.h"

namespace {

using rw::support::MersenneTwister;

TEST(MersenneTwister, ReferenceInitByArray) {
  MersenneTwister mt;
  const uint32_t key[] = {0x123, 0x234, 0x345, 0x456};
  mt.seedByArray(key, 4);
  for (uint32_t expected : {1067595299u, 955945823u, 477289528u, 4107218783u, 4228976476u})
    EXPECT_EQ(mt.next(), expected);
}

TEST(MersenneTwister, SeedZeroLikeCPython) {
  MersenneTwister mt;
  const uint32_t key[] = {0};
  mt.seedByArray(key, 1);
  for (uint32_t expected : {3626764237u, 1654615998u, 3255389356u})
    EXPECT_EQ(mt.next(), expected);
  EXPECT_EQ(mt.nextDouble(), 0.890243920837131);
}

TEST(MersenneTwister, LongKeyAcrossRegeneration) {
  // random.Random(2**200 + 7): seven key words.
  MersenneTwister mt;
  const uint32_t key[] = {7, 0, 0, 0, 0, 0, 256};
  mt.seedByArray(key, 7);
  uint32_t last[3] = {};
  for (int i = 0; i < 700; ++i)
    last[i < 697 ? 0 : i - 697] = mt.next();
  EXPECT_EQ(last[0], 1484261042u);
  EXPECT_EQ(last[1], 2428978546u);
  EXPECT_EQ(last[2], 1433129035u);
  EXPECT_EQ(mt.nextDouble(), 0.9478497634183867);
}

}  // namespace
