// zstd compression of trace payloads. Each payload is one zstd frame; its raw size is stored
// beside it so a reader can check the frame before trusting it.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

struct ZSTD_CCtx_s;
struct ZSTD_DCtx_s;

namespace rw::storage {

// Fast enough to keep up with the recorder on one background thread, and still shrinks
// the repetitive event streams several times over.
inline constexpr int kCompressionLevel = 3;

class ZstdCompressor {
 public:
  explicit ZstdCompressor(int level = kCompressionLevel);
  ZstdCompressor(const ZstdCompressor&) = delete;
  ZstdCompressor& operator=(const ZstdCompressor&) = delete;
  ~ZstdCompressor();

  // Throws StorageError only if zstd runs out of memory.
  std::vector<uint8_t> compress(std::span<const uint8_t> raw);

 private:
  ZSTD_CCtx_s* context_;
  int level_;
};

class ZstdDecompressor {
 public:
  ZstdDecompressor();
  ZstdDecompressor(const ZstdDecompressor&) = delete;
  ZstdDecompressor& operator=(const ZstdDecompressor&) = delete;
  ~ZstdDecompressor();

  // nullopt when `frame` is not one valid zstd frame that decodes to exactly `rawSize` bytes.
  std::optional<std::vector<uint8_t>> decompress(std::span<const uint8_t> frame, int64_t rawSize);

 private:
  ZSTD_DCtx_s* context_;
};

}  // namespace rw::storage
