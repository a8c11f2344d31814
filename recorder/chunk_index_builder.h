// Collects a chunk's index entries while it is recorded. Lines, calls and writes repeat
// millions of times per second; a small direct-mapped cache of recent entries drops almost
// all repeats with one compare, and the few that pass are sorted and deduplicated once, when
// the chunk is handed to the writer.
#pragma once

#include <algorithm>
#include <array>
#include <cstdint>
#include <vector>

#include "trace_types.h"

namespace rw::recorder {

class ChunkIndexBuilder {
 public:
  void note(storage::IndexKind kind, int64_t key) {
    uint64_t mixed =
        (static_cast<uint64_t>(key) ^ (static_cast<uint64_t>(kind) << 56)) * 0x9E3779B97F4A7C15ULL;
    Recent& slot = recent_[mixed >> (64 - kCacheBits)];
    if (slot.key == key && slot.kind == kind) return;
    slot = Recent{kind, key};
    entries_.push_back({kind, key});
  }

  // The chunk's entries, sorted by (kind, key), each once; the builder starts a new chunk.
  std::vector<storage::IndexEntry> take() {
    std::sort(entries_.begin(), entries_.end(),
              [](const storage::IndexEntry& a, const storage::IndexEntry& b) {
                return a.kind != b.kind ? a.kind < b.kind : a.key < b.key;
              });
    entries_.erase(std::unique(entries_.begin(), entries_.end(),
                               [](const storage::IndexEntry& a, const storage::IndexEntry& b) {
                                 return a.kind == b.kind && a.key == b.key;
                               }),
                   entries_.end());
    std::vector<storage::IndexEntry> chunk = std::move(entries_);
    entries_.clear();
    recent_.fill(Recent{});
    return chunk;
  }

 private:
  static constexpr int kCacheBits = 8;
  struct Recent {
    storage::IndexKind kind = storage::IndexKind{0};
    int64_t key = -1;
  };
  std::array<Recent, size_t{1} << kCacheBits> recent_{};
  std::vector<storage::IndexEntry> entries_;
};

}  // namespace rw::recorder
