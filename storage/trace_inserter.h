// The background thread's side of TraceWriter: compresses tasks and inserts them into the
// trace's tables, inside transactions the caller opens and commits.
#pragma once

#include "sqlite_database.h"
#include "write_task.h"
#include "zstd_codec.h"

namespace rw::storage {

class TraceInserter {
 public:
  explicit TraceInserter(Database& database);

  void begin();
  void commit();
  bool inTransaction() const { return inTransaction_; }

  void insert(const WriteTask& task);

 private:
  void insertMeta(const MetaUpdate& meta);
  void insertSource(const SourceRecord& source);
  void insertBlob(const BlobRecord& blob);
  void insertChunk(const ChunkRecord& chunk);
  void insertKeyframe(const KeyframeRecord& keyframe);

  ZstdCompressor compressor_;
  Statement begin_;
  Statement commit_;
  Statement insertMeta_;
  Statement insertSource_;
  Statement insertBlob_;
  Statement insertChunk_;
  Statement insertIndexEntry_;
  Statement insertKeyframe_;
  bool inTransaction_ = false;
};

}  // namespace rw::storage
