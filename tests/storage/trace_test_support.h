// Shared helpers for the storage tests: a scratch directory per test and payload makers.
#pragma once

#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace rw::storage::test_support {

// Gives each test an empty directory of its own and removes it afterwards.
class TraceFileTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    directory_ = std::filesystem::temp_directory_path() /
                 ("rewind-storage-" + std::to_string(::getpid()) + "-" + info->test_suite_name() +
                  "-" + info->name());
    std::filesystem::remove_all(directory_);
    std::filesystem::create_directories(directory_);
  }

  void TearDown() override { std::filesystem::remove_all(directory_); }

  std::string pathFor(const std::string& name) const { return (directory_ / name).string(); }

  // Files in the scratch directory, to check that no side files are left behind.
  std::vector<std::string> filesInDirectory() const {
    std::vector<std::string> names;
    for (const auto& entry : std::filesystem::directory_iterator(directory_)) {
      names.push_back(entry.path().filename().string());
    }
    std::sort(names.begin(), names.end());
    return names;
  }

 private:
  std::filesystem::path directory_;
};

// Deterministic bytes that do not compress: a different stream for each seed.
inline std::vector<uint8_t> noiseBytes(size_t size, uint64_t seed) {
  std::vector<uint8_t> bytes(size);
  uint64_t state = seed * 0x9E3779B97F4A7C15ull + 1;
  for (auto& byte : bytes) {
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    byte = static_cast<uint8_t>(state >> 24);
  }
  return bytes;
}

// Bytes that look like a recorder's event stream: short records that repeat with small
// variations, so they compress well.
inline std::vector<uint8_t> eventLikeBytes(size_t size, uint64_t seed) {
  std::vector<uint8_t> bytes(size);
  for (size_t i = 0; i < size; ++i) {
    size_t record = i / 16;
    bytes[i] = static_cast<uint8_t>(i % 16 < 12 ? (i % 16) * 7 : (record + seed) >> ((i % 4) * 2));
  }
  return bytes;
}

}  // namespace rw::storage::test_support
