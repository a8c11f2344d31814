// One unit of work that TraceWriter hands to its background thread.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <variant>
#include <vector>

#include "trace_types.h"

namespace rw::storage {

struct MetaUpdate {
  std::string key;
  std::string value;
};

struct BlobRecord {
  BlobKind kind;
  int64_t id = 0;
  std::vector<uint8_t> data;
};

using WriteTask = std::variant<MetaUpdate, SourceRecord, BlobRecord, ChunkRecord, KeyframeRecord>;

// Approximately the memory a queued task holds, for the queue's budget.
size_t memoryFootprint(const WriteTask& task);

}  // namespace rw::storage
