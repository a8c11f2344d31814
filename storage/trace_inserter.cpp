#include "trace_inserter.h"

#include <algorithm>
#include <utility>

namespace rw::storage {

TraceInserter::TraceInserter(Database& database)
    : begin_(database.prepare("BEGIN IMMEDIATE")),
      commit_(database.prepare("COMMIT")),
      insertMeta_(database.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)")),
      insertSource_(database.prepare("INSERT INTO sources (file_id, path, text) VALUES (?, ?, ?)")),
      insertBlob_(
          database.prepare("INSERT INTO blobs (kind, id, raw_size, data) VALUES (?, ?, ?, ?)")),
      insertChunk_(
          database.prepare("INSERT INTO chunks (chunk, first_step, step_count, raw_size, payload) "
                           "VALUES (?, ?, ?, ?, ?)")),
      insertIndexEntry_(
          database.prepare("INSERT INTO chunk_index (kind, key, chunk) VALUES (?, ?, ?)")),
      insertKeyframe_(
          database.prepare("INSERT INTO keyframes (step, raw_size, payload) VALUES (?, ?, ?)")) {}

void TraceInserter::begin() {
  begin_.run();
  inTransaction_ = true;
}

void TraceInserter::commit() {
  commit_.run();
  inTransaction_ = false;
}

void TraceInserter::insert(const WriteTask& task) {
  struct Dispatch {
    TraceInserter& inserter;
    void operator()(const MetaUpdate& meta) { inserter.insertMeta(meta); }
    void operator()(const SourceRecord& source) { inserter.insertSource(source); }
    void operator()(const BlobRecord& blob) { inserter.insertBlob(blob); }
    void operator()(const ChunkRecord& chunk) { inserter.insertChunk(chunk); }
    void operator()(const KeyframeRecord& keyframe) { inserter.insertKeyframe(keyframe); }
  };
  std::visit(Dispatch{*this}, task);
}

void TraceInserter::insertMeta(const MetaUpdate& meta) {
  insertMeta_.bind(1, meta.key).bind(2, meta.value).run();
}

void TraceInserter::insertSource(const SourceRecord& source) {
  insertSource_.bind(1, source.fileId).bind(2, source.path).bind(3, source.text).run();
}

void TraceInserter::insertBlob(const BlobRecord& blob) {
  std::vector<uint8_t> compressed = compressor_.compress(blob.data);
  insertBlob_.bind(1, static_cast<int64_t>(blob.kind))
      .bind(2, blob.id)
      .bind(3, static_cast<int64_t>(blob.data.size()))
      .bindBlob(4, compressed)
      .run();
}

void TraceInserter::insertChunk(const ChunkRecord& chunk) {
  std::vector<uint8_t> compressed = compressor_.compress(chunk.payload);
  insertChunk_.bind(1, chunk.index)
      .bind(2, chunk.firstStep)
      .bind(3, chunk.stepCount)
      .bind(4, static_cast<int64_t>(chunk.payload.size()))
      .bindBlob(5, compressed)
      .run();

  std::vector<std::pair<int, int64_t>> entries;
  entries.reserve(chunk.entries.size());
  for (const IndexEntry& entry : chunk.entries) {
    entries.emplace_back(static_cast<int>(entry.kind), entry.key);
  }
  std::sort(entries.begin(), entries.end());
  entries.erase(std::unique(entries.begin(), entries.end()), entries.end());
  for (const auto& [kind, key] : entries) {
    insertIndexEntry_.bind(1, static_cast<int64_t>(kind)).bind(2, key).bind(3, chunk.index).run();
  }
}

void TraceInserter::insertKeyframe(const KeyframeRecord& keyframe) {
  std::vector<uint8_t> compressed = compressor_.compress(keyframe.payload);
  insertKeyframe_.bind(1, keyframe.step)
      .bind(2, static_cast<int64_t>(keyframe.payload.size()))
      .bindBlob(3, compressed)
      .run();
}

}  // namespace rw::storage
