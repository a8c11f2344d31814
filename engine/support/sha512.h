// SHA-512 (FIPS 180-4), for random.seed() of str and bytes (CPython's version 2 seeding
// appends the SHA-512 digest of the seed to the seed itself).
#pragma once

#include <array>
#include <cstdint>
#include <string_view>

namespace rw::support {

class Sha512 {
 public:
  using Digest = std::array<uint8_t, 64>;

  Sha512();
  void update(std::string_view data);
  // The digest of everything given to update(); the object is spent afterwards.
  Digest finish();

  static Digest of(std::string_view data);

 private:
  void compress(const uint8_t* block);

  std::array<uint64_t, 8> state_;
  std::array<uint8_t, 128> buffer_{};
  size_t buffered_ = 0;
  uint64_t totalBytes_ = 0;
};

}  // namespace rw::support
