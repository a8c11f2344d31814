// SHA-512 against the FIPS 180-4 example vectors and lengths around the padding boundaries
// (expected digests from Python's hashlib).
#include <gtest/gtest.h>

#include <string>

#include "support/sha512.h"

namespace {

std::string hex(const rw::support::Sha512::Digest& digest) {
  static const char* kDigits = "0123456789abcdef";
  std::string text;
  for (uint8_t b : digest) {
    text += kDigits[b >> 4];
    text += kDigits[b & 15];
  }
  return text;
}

TEST(Sha512, StandardVectors) {
  using rw::support::Sha512;
  EXPECT_EQ(hex(Sha512::of("")),
            "cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff83"
            "18d2877eec2f63b931bd47417a81a538327af927da3e");
  EXPECT_EQ(hex(Sha512::of("abc")),
            "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba"
            "3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f");
  EXPECT_EQ(hex(Sha512::of("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmn"
                           "opjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu")),
            "8e959b75dae313da8cf4f72814fc143f8f7779c6eb9f7fa17299aeadb6889018501d289e4900f7e4331b"
            "99dec4b5433ac7d329eeb6dd26545e96e55b874be909");
}

TEST(Sha512, MillionAsInPieces) {
  rw::support::Sha512 hash;
  std::string chunk(1000, 'a');
  for (int i = 0; i < 1000; ++i)
    hash.update(chunk);
  EXPECT_EQ(hex(hash.finish()),
            "e718483d0ce769644e2e42c7bc15b4638e1f98b13b2044285632a803afa973ebde0ff244877ea60a4cb0"
            "432ce577c31beb009c5c2c49aa2e4eadb217ad8cc09b");
}

TEST(Sha512, PaddingBoundaries) {
  using rw::support::Sha512;
  const struct {
    size_t length;
    const char* digest;
  } cases[] = {
      {111,
       "9a2a120825c2319867758ec277924f6faa254968bf752046dacdd948d8ad299b10359fd04bfd7d3810b5fa1b16a"
       "294236138baff981cbb85248478053ac4d3dd"},
      {112,
       "a3722b515ef40c910f2419f6e0da8ca51d410114ce6272faae64045f9e9f630e7fa8dd5a3243c9860b899d148c3"
       "da4bc0f9e07454542604d030bb55531fe0d5b"},
      {127,
       "1d5a8893e7b7ed83d485d26f88cfb846f3760279916976fe538e539fc16f7cd19ba3e1c2cd5fda78749a7420575"
       "5cdf694e8fa90b2bfed8815f406af76c1d7bf"},
      {128,
       "e2e22f8422b54b06e35c3ea30a383d1de7a8fbc27992923074103117020d8dd7024c3ecf7d6d1a15a6de5a75ff3"
       "2fb486b9e8ced4c02ffe05822bf2cb734d0e0"},
      {239,
       "805c40517b44cef414a06c632b4ee9c21d34c85a84c3f9530274db86e2a3e38cb0e54025666b925426bd6860f81"
       "538abbfab13011e85767d814a245d232a6044"},
      {240,
       "3e05caa7e0fddab685e6052bd902c316505180504344d00b1217e1349a532d1d0e5ce4b24d69eea3aca369dc16d"
       "8bbdf872b2fe1770e0e1aad22f84e0519bc6c"},
  };
  for (const auto& c : cases)
    EXPECT_EQ(hex(Sha512::of(std::string(c.length, 'x'))), c.digest) << c.length;
}

}  // namespace
