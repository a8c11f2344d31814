// Writes a trace: one SQLite file holding meta data, sources, blobs (code objects, ASTs),
// zstd-compressed event chunks and keyframes, and chunk-granular indexes. Chunks and
// keyframes are compressed and inserted by a background thread that commits at least once
// a second, so a killed recording still leaves a readable prefix.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "trace_types.h"

namespace rw::storage {

class TraceWriter {
 public:
  // Creates the file. Throws StorageError if it exists and `overwrite` is false, or if it
  // cannot be created (the message names the path and the reason).
  static std::unique_ptr<TraceWriter> create(const std::string& path, bool overwrite);
  virtual ~TraceWriter() = default;

  // Small facts about the recording (program path, argv, engine version, status, ...).
  virtual void setMeta(const std::string& key, const std::string& value) = 0;
  virtual void addSource(const SourceRecord& source) = 0;
  // Immutable compiled artefacts, compressed: code objects, ASTs, ...
  virtual void addBlob(BlobKind kind, int64_t id, const std::vector<uint8_t>& data) = 0;
  // Queued to the background thread; returns quickly.
  virtual void addChunk(ChunkRecord chunk) = 0;
  virtual void addKeyframe(KeyframeRecord keyframe) = 0;
  // Flushes everything queued, records `finalSteps` and `status` ("complete", "max-steps",
  // "interrupted", ...), and closes the file so that it is a single file with no side files.
  virtual void finish(int64_t finalSteps, const std::string& status) = 0;
  // Bytes written to the file so far (after finish: its final size).
  virtual int64_t fileSize() const = 0;
};

}  // namespace rw::storage
