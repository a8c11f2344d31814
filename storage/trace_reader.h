// Reads a trace written by TraceWriter, including one cut short by a crash or SIGKILL.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "trace_types.h"

namespace rw::storage {

class TraceReader {
 public:
  // Throws StorageError with a message naming the file when it is missing, is not a Rewind
  // trace, is corrupt, or has a format version this build cannot read.
  static std::unique_ptr<TraceReader> open(const std::string& path);
  virtual ~TraceReader() = default;

  virtual int formatVersion() const = 0;
  virtual std::optional<std::string> meta(const std::string& key) const = 0;
  virtual std::vector<SourceRecord> sources() const = 0;
  virtual std::optional<std::vector<uint8_t>> blob(BlobKind kind, int64_t id) const = 0;
  virtual std::vector<int64_t> blobIds(BlobKind kind) const = 0;

  // Whether finish() ran; if not, the recording was cut off and `steps()` counts what the
  // committed chunks hold.
  virtual bool finished() const = 0;
  virtual int64_t steps() const = 0;

  virtual std::vector<ChunkInfo> chunks() const = 0;
  // The chunk containing `step`, if any.
  virtual std::optional<ChunkInfo> chunkAt(int64_t step) const = 0;
  virtual std::vector<uint8_t> chunkPayload(int64_t index) const = 0;

  // The latest keyframe at or before `step`.
  virtual std::optional<KeyframeRecord> keyframeAtOrBefore(int64_t step) const = 0;
  virtual std::vector<int64_t> keyframeSteps() const = 0;

  // Chunk indexes (ascending) whose entries contain (kind, key).
  virtual std::vector<int64_t> chunksWith(IndexKind kind, int64_t key) const = 0;
  // Chunk indexes (ascending) with any entry of `kind`.
  virtual std::vector<int64_t> chunksWithKind(IndexKind kind) const = 0;

  virtual int64_t fileSize() const = 0;
};

}  // namespace rw::storage
