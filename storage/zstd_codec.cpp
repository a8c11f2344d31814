#include "zstd_codec.h"

#include <zstd.h>

#include <new>
#include <string>

#include "trace_types.h"

namespace rw::storage {

ZstdCompressor::ZstdCompressor(int level) : context_(ZSTD_createCCtx()), level_(level) {
  if (!context_) throw std::bad_alloc();
}

ZstdCompressor::~ZstdCompressor() {
  ZSTD_freeCCtx(context_);
}

std::vector<uint8_t> ZstdCompressor::compress(std::span<const uint8_t> raw) {
  std::vector<uint8_t> frame(ZSTD_compressBound(raw.size()));
  size_t size =
      ZSTD_compressCCtx(context_, frame.data(), frame.size(), raw.data(), raw.size(), level_);
  if (ZSTD_isError(size)) {
    throw StorageError(std::string("zstd compression failed: ") + ZSTD_getErrorName(size));
  }
  frame.resize(size);
  return frame;
}

ZstdDecompressor::ZstdDecompressor() : context_(ZSTD_createDCtx()) {
  if (!context_) throw std::bad_alloc();
}

ZstdDecompressor::~ZstdDecompressor() {
  ZSTD_freeDCtx(context_);
}

std::optional<std::vector<uint8_t>> ZstdDecompressor::decompress(std::span<const uint8_t> frame,
                                                                 int64_t rawSize) {
  // The frame header records the content size; checking it first means a corrupt raw_size
  // column can never make us allocate an absurd buffer.
  unsigned long long declared = ZSTD_getFrameContentSize(frame.data(), frame.size());
  if (rawSize < 0 || declared == ZSTD_CONTENTSIZE_ERROR || declared == ZSTD_CONTENTSIZE_UNKNOWN ||
      declared != static_cast<uint64_t>(rawSize)) {
    return std::nullopt;
  }
  std::vector<uint8_t> raw(static_cast<size_t>(rawSize));
  size_t size = ZSTD_decompressDCtx(context_, raw.data(), raw.size(), frame.data(), frame.size());
  if (ZSTD_isError(size) || size != raw.size()) return std::nullopt;
  return raw;
}

}  // namespace rw::storage
