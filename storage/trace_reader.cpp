#include "trace_reader.h"

#include <charconv>
#include <filesystem>
#include <new>
#include <utility>

#include "sqlite_database.h"
#include "storage_error.h"
#include "trace_schema.h"
#include "zstd_codec.h"

namespace rw::storage {
namespace {

namespace fs = std::filesystem;

int64_t sizeOrZero(const std::string& path) {
  std::error_code error;
  auto size = fs::file_size(path, error);
  return error ? 0 : static_cast<int64_t>(size);
}

// Gives clearer messages than SQLite for the cases it cannot tell apart.
const std::string& checkedTracePath(const std::string& path) {
  std::error_code error;
  fs::file_status status = fs::status(path, error);
  if (!fs::exists(status)) throw traceError(path, "no such file");
  if (fs::is_directory(status)) throw traceError(path, "is a directory, not a trace file");
  if (sizeOrZero(path) == 0) throw traceError(path, "empty file, not a Rewind trace");
  return path;
}

class SqliteTraceReader final : public TraceReader {
 public:
  explicit SqliteTraceReader(const std::string& path)
      : database_(checkedTracePath(path), Database::Access::ReadOnly),
        formatVersion_(checkTraceSchema(database_)),
        selectMeta_(database_.prepare("SELECT value FROM meta WHERE key = ?")),
        selectSources_(
            database_.prepare("SELECT file_id, path, text FROM sources ORDER BY file_id")),
        selectBlob_(
            database_.prepare("SELECT raw_size, data FROM blobs WHERE kind = ? AND id = ?")),
        selectBlobIds_(database_.prepare("SELECT id FROM blobs WHERE kind = ? ORDER BY id")),
        selectStepsCovered_(database_.prepare(
            "SELECT first_step + step_count FROM chunks ORDER BY first_step DESC LIMIT 1")),
        selectChunks_(
            database_.prepare("SELECT chunk, first_step, step_count FROM chunks ORDER BY chunk")),
        selectChunkAt_(database_.prepare(
            "SELECT chunk, first_step, step_count FROM chunks WHERE first_step <= ? "
            "ORDER BY first_step DESC LIMIT 1")),
        selectChunkPayload_(
            database_.prepare("SELECT raw_size, payload FROM chunks WHERE chunk = ?")),
        selectKeyframe_(
            database_.prepare("SELECT step, raw_size, payload FROM keyframes WHERE step <= ? "
                              "ORDER BY step DESC LIMIT 1")),
        selectKeyframeSteps_(database_.prepare("SELECT step FROM keyframes ORDER BY step")),
        selectChunksWith_(database_.prepare(
            "SELECT chunk FROM chunk_index WHERE kind = ? AND key = ? ORDER BY chunk")),
        selectChunksWithKind_(database_.prepare(
            "SELECT DISTINCT chunk FROM chunk_index WHERE kind = ? ORDER BY chunk")) {
    // A finished single-file trace never changes again: keeping the shared lock between
    // queries saves re-taking it and re-validating the page cache on every lookup, which
    // makes chunkAt about ten times faster. A trace still being written must not be locked.
    if (finished() && journalMode() == "delete") database_.exec("PRAGMA locking_mode = EXCLUSIVE");
  }

  int formatVersion() const override { return formatVersion_; }

  std::optional<std::string> meta(const std::string& key) const override {
    ScopedReset reset(selectMeta_);
    selectMeta_.bind(1, key);
    if (!selectMeta_.step()) return std::nullopt;
    return selectMeta_.textAt(0);
  }

  std::vector<SourceRecord> sources() const override {
    ScopedReset reset(selectSources_);
    std::vector<SourceRecord> sources;
    while (selectSources_.step()) {
      sources.push_back(
          {selectSources_.int64At(0), selectSources_.textAt(1), selectSources_.textAt(2)});
    }
    return sources;
  }

  std::optional<std::vector<uint8_t>> blob(BlobKind kind, int64_t id) const override {
    ScopedReset reset(selectBlob_);
    selectBlob_.bind(1, static_cast<int64_t>(kind)).bind(2, id);
    if (!selectBlob_.step()) return std::nullopt;
    return decompress(selectBlob_, "blob (kind " + std::to_string(static_cast<int>(kind)) +
                                       ", id " + std::to_string(id) + ")");
  }

  std::vector<int64_t> blobIds(BlobKind kind) const override {
    ScopedReset reset(selectBlobIds_);
    selectBlobIds_.bind(1, static_cast<int64_t>(kind));
    return int64Column(selectBlobIds_);
  }

  bool finished() const override { return meta(meta_key::kFinished) == "1"; }

  int64_t steps() const override {
    if (finished()) return metaInt64(meta_key::kSteps);
    ScopedReset reset(selectStepsCovered_);
    return selectStepsCovered_.step() ? selectStepsCovered_.int64At(0) : 0;
  }

  std::vector<ChunkInfo> chunks() const override {
    ScopedReset reset(selectChunks_);
    std::vector<ChunkInfo> chunks;
    while (selectChunks_.step())
      chunks.push_back(chunkInfo(selectChunks_));
    return chunks;
  }

  std::optional<ChunkInfo> chunkAt(int64_t step) const override {
    ScopedReset reset(selectChunkAt_);
    selectChunkAt_.bind(1, step);
    if (!selectChunkAt_.step()) return std::nullopt;
    ChunkInfo chunk = chunkInfo(selectChunkAt_);
    if (step >= chunk.firstStep + chunk.stepCount) return std::nullopt;
    return chunk;
  }

  std::vector<uint8_t> chunkPayload(int64_t index) const override {
    ScopedReset reset(selectChunkPayload_);
    selectChunkPayload_.bind(1, index);
    if (!selectChunkPayload_.step()) {
      throw traceError(database_.path(), "has no chunk " + std::to_string(index));
    }
    return decompress(selectChunkPayload_, "chunk " + std::to_string(index));
  }

  std::optional<KeyframeRecord> keyframeAtOrBefore(int64_t step) const override {
    ScopedReset reset(selectKeyframe_);
    selectKeyframe_.bind(1, step);
    if (!selectKeyframe_.step()) return std::nullopt;
    int64_t keyframeStep = selectKeyframe_.int64At(0);
    return KeyframeRecord{
        keyframeStep,
        decompress(selectKeyframe_, "keyframe at step " + std::to_string(keyframeStep), 1)};
  }

  std::vector<int64_t> keyframeSteps() const override {
    ScopedReset reset(selectKeyframeSteps_);
    return int64Column(selectKeyframeSteps_);
  }

  std::vector<int64_t> chunksWith(IndexKind kind, int64_t key) const override {
    ScopedReset reset(selectChunksWith_);
    selectChunksWith_.bind(1, static_cast<int64_t>(kind)).bind(2, key);
    return int64Column(selectChunksWith_);
  }

  std::vector<int64_t> chunksWithKind(IndexKind kind) const override {
    ScopedReset reset(selectChunksWithKind_);
    selectChunksWithKind_.bind(1, static_cast<int64_t>(kind));
    return int64Column(selectChunksWithKind_);
  }

  int64_t fileSize() const override {
    return sizeOrZero(database_.path()) + sizeOrZero(database_.path() + "-wal");
  }

 private:
  std::string journalMode() {
    Statement pragma = database_.prepare("PRAGMA journal_mode");
    return pragma.step() ? pragma.textAt(0) : std::string();
  }

  static ChunkInfo chunkInfo(const Statement& row) {
    return {row.int64At(0), row.int64At(1), row.int64At(2)};
  }

  static std::vector<int64_t> int64Column(Statement& statement) {
    std::vector<int64_t> values;
    while (statement.step())
      values.push_back(statement.int64At(0));
    return values;
  }

  int64_t metaInt64(const char* key) const {
    std::string text = meta(key).value_or("");
    int64_t value = 0;
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size()) {
      throw traceError(database_.path(),
                       std::string("damaged Rewind trace: meta '") + key + "' is not a number");
    }
    return value;
  }

  // Decodes the (raw_size, compressed bytes) pair at `firstColumn` of the current row.
  std::vector<uint8_t> decompress(const Statement& row, const std::string& what,
                                  int firstColumn = 0) const {
    int64_t rawSize = row.int64At(firstColumn);
    std::vector<uint8_t> compressed = row.blobAt(firstColumn + 1);
    try {
      if (auto raw = decompressor_.decompress(compressed, rawSize)) return std::move(*raw);
    } catch (const std::bad_alloc&) {
      throw traceError(database_.path(), what + " is too large to load");
    }
    throw traceError(database_.path(), what + " is corrupt (its zstd data does not decode)");
  }

  Database database_;
  int formatVersion_;
  mutable ZstdDecompressor decompressor_;
  // Prepared once: the lookups run per step while a user scrubs through time.
  mutable Statement selectMeta_;
  mutable Statement selectSources_;
  mutable Statement selectBlob_;
  mutable Statement selectBlobIds_;
  mutable Statement selectStepsCovered_;
  mutable Statement selectChunks_;
  mutable Statement selectChunkAt_;
  mutable Statement selectChunkPayload_;
  mutable Statement selectKeyframe_;
  mutable Statement selectKeyframeSteps_;
  mutable Statement selectChunksWith_;
  mutable Statement selectChunksWithKind_;
};

}  // namespace

std::unique_ptr<TraceReader> TraceReader::open(const std::string& path) {
  return std::make_unique<SqliteTraceReader>(path);
}

}  // namespace rw::storage
