#include "trace_writer.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <filesystem>
#include <optional>
#include <set>
#include <thread>
#include <utility>

#include "sqlite_database.h"
#include "storage_error.h"
#include "trace_inserter.h"
#include "trace_schema.h"
#include "write_queue.h"

namespace rw::storage {
namespace {

namespace fs = std::filesystem;

// A SIGKILLed recording loses at most about this much of its tail.
constexpr auto kCommitInterval = std::chrono::milliseconds(250);
// How much recorded data may wait for the background thread before callers block.
constexpr size_t kQueueByteBudget = size_t{256} << 20;
// Large pages keep the compressed chunk payloads in short overflow chains.
constexpr int kPageSize = 16384;
constexpr int kWriterCacheKiB = 64 * 1024;

// How long finish() waits for other processes to close the trace so it can become a single
// file.
constexpr auto kJournalSwitchPatience = std::chrono::seconds(1);

constexpr const char* kSideFileSuffixes[] = {"-wal", "-shm", "-journal"};

int64_t sizeOrZero(const std::string& path) {
  std::error_code error;
  auto size = fs::file_size(path, error);
  return error ? 0 : static_cast<int64_t>(size);
}

// Side files left by an earlier trace at this path would otherwise be taken for part of
// the new one: SQLite replays a -wal it finds beside the database.
void removeSideFiles(const std::string& path) {
  for (const char* suffix : kSideFileSuffixes) {
    std::error_code error;
    fs::remove(path + suffix, error);
    if (error)
      throw traceError(path, "cannot remove stale " + path + suffix + ": " + error.message());
  }
}

void claimPath(const std::string& path, bool overwrite) {
  std::error_code error;
  fs::file_status status = fs::status(path, error);
  if (fs::exists(status)) {
    if (fs::is_directory(status)) throw traceError(path, "is a directory");
    if (!overwrite) throw traceError(path, "already exists; not overwriting it");
    fs::remove(path, error);
    if (error) throw traceError(path, "cannot remove the existing file: " + error.message());
  }
  removeSideFiles(path);
  // O_EXCL: if another recorder claimed the path in the meantime, fail instead of sharing it.
  int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
  if (fd < 0) throw traceError(path, std::string("cannot create: ") + std::strerror(errno));
  ::close(fd);
}

std::unique_ptr<Database> openNewTrace(const std::string& path) {
  auto database = std::make_unique<Database>(path, Database::Access::ReadWrite);
  database->exec("PRAGMA page_size = " + std::to_string(kPageSize));
  // WAL keeps every committed transaction intact if the process dies, and lets readers in
  // other processes follow the recording; finish() turns the file back into a single file.
  if (!database->trySetJournalMode("wal")) {
    throw traceError(path, "cannot switch to WAL journal mode; is the file shared?");
  }
  // In WAL mode NORMAL loses no committed data when the process is killed; only a power
  // failure can drop the last commits.
  database->exec("PRAGMA synchronous = NORMAL");
  database->exec("PRAGMA cache_size = -" + std::to_string(kWriterCacheKiB));
  database->exec("BEGIN IMMEDIATE");
  createSchema(*database);
  database->exec("COMMIT");
  return database;
}

class BackgroundTraceWriter final : public TraceWriter {
 public:
  BackgroundTraceWriter(std::string path, std::unique_ptr<Database> database)
      : path_(std::move(path)),
        database_(std::move(database)),
        queue_(kQueueByteBudget),
        thread_([this] { run(); }) {}

  ~BackgroundTraceWriter() override {
    if (finished_) return;
    // Abandoned without finish(): keep what was added, as a cut-off but cleanly closed trace.
    queue_.close();
    thread_.join();
    try {
      closeFile();
    } catch (const StorageError&) {
      // The committed prefix is on disk either way; a destructor has no one to tell.
    }
  }

  void setMeta(const std::string& key, const std::string& value) override {
    ensureOpen();
    queue_.push(MetaUpdate{key, value});
  }

  void addSource(const SourceRecord& source) override {
    ensureOpen();
    if (!sourceIds_.insert(source.fileId).second) {
      throw traceError(path_, "source file id " + std::to_string(source.fileId) + " added twice");
    }
    queue_.push(source);
  }

  void addBlob(BlobKind kind, int64_t id, const std::vector<uint8_t>& data) override {
    ensureOpen();
    if (!blobIds_.insert({static_cast<int>(kind), id}).second) {
      throw traceError(path_, "blob (kind " + std::to_string(static_cast<int>(kind)) + ", id " +
                                  std::to_string(id) + ") added twice");
    }
    queue_.push(BlobRecord{kind, id, data});
  }

  void addChunk(ChunkRecord chunk) override {
    ensureOpen();
    checkChunkOrder(chunk);
    lastChunk_ = ChunkInfo{chunk.index, chunk.firstStep, chunk.stepCount};
    queue_.push(std::move(chunk));
  }

  void addKeyframe(KeyframeRecord keyframe) override {
    ensureOpen();
    if (keyframe.step < 0 || (lastKeyframeStep_ && keyframe.step <= *lastKeyframeStep_)) {
      throw traceError(path_, "keyframe at step " + std::to_string(keyframe.step) +
                                  " is out of order; keyframe steps must increase");
    }
    lastKeyframeStep_ = keyframe.step;
    queue_.push(std::move(keyframe));
  }

  void finish(int64_t finalSteps, const std::string& status) override {
    ensureOpen();
    queue_.push(MetaUpdate{meta_key::kSteps, std::to_string(finalSteps)});
    queue_.push(MetaUpdate{meta_key::kStatus, status});
    queue_.push(MetaUpdate{meta_key::kFinished, "1"});
    queue_.close();
    thread_.join();
    finished_ = true;
    if (auto failure = queue_.failure()) throw StorageError(*failure);
    closeFile();
  }

  int64_t fileSize() const override { return sizeOrZero(path_) + sizeOrZero(path_ + "-wal"); }

 private:
  void ensureOpen() const {
    if (finished_) throw traceError(path_, "written to after finish()");
  }

  void checkChunkOrder(const ChunkRecord& chunk) const {
    if (chunk.index < 0 || chunk.firstStep < 0 || chunk.stepCount < 0) {
      throw traceError(path_, "chunk " + std::to_string(chunk.index) +
                                  " has a negative index, first step or step count");
    }
    if (!lastChunk_) return;
    if (chunk.index <= lastChunk_->index) {
      throw traceError(path_, "chunk " + std::to_string(chunk.index) + " added after chunk " +
                                  std::to_string(lastChunk_->index) +
                                  "; chunk indexes must increase");
    }
    if (chunk.firstStep < lastChunk_->firstStep + lastChunk_->stepCount) {
      throw traceError(path_, "chunk " + std::to_string(chunk.index) + " starts at step " +
                                  std::to_string(chunk.firstStep) + ", inside chunk " +
                                  std::to_string(lastChunk_->index));
    }
  }

  // The background thread: drains the queue into transactions and commits each one once
  // it is kCommitInterval old, or as soon as the queue runs dry after that.
  void run() {
    try {
      TraceInserter inserter(*database_);
      WriteQueue::Clock::time_point transactionStart;
      for (;;) {
        auto deadline = inserter.inTransaction() ? transactionStart + kCommitInterval
                                                 : WriteQueue::Clock::now() + std::chrono::hours(1);
        WriteTask task;
        WriteQueue::PopResult result = queue_.pop(task, deadline);
        if (result == WriteQueue::PopResult::Drained) {
          if (inserter.inTransaction()) inserter.commit();
          return;
        }
        if (result == WriteQueue::PopResult::Timeout) {
          if (inserter.inTransaction()) inserter.commit();
          continue;
        }
        if (!inserter.inTransaction()) {
          inserter.begin();
          transactionStart = WriteQueue::Clock::now();
        }
        inserter.insert(task);
        if (WriteQueue::Clock::now() - transactionStart >= kCommitInterval) inserter.commit();
      }
    } catch (const StorageError& error) {
      queue_.fail(error.what());
    } catch (const std::exception& error) {
      queue_.fail(traceError(path_, std::string("writing failed: ") + error.what()).what());
    }
  }

  // Folds the WAL into the database and leaves WAL mode, so that the trace is one file.
  // A reader in another process (a GUI following the recording) keeps SQLite from leaving
  // WAL mode: wait a little for it to close, else keep the file in WAL mode, complete but
  // with side files beside it.
  void closeFile() {
    database_->exec("PRAGMA wal_checkpoint(TRUNCATE)");
    auto giveUp = std::chrono::steady_clock::now() + kJournalSwitchPatience;
    while (!database_->trySetJournalMode("delete") && std::chrono::steady_clock::now() < giveUp) {
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    database_->close();
  }

  const std::string path_;
  std::unique_ptr<Database> database_;
  WriteQueue queue_;
  bool finished_ = false;
  std::optional<ChunkInfo> lastChunk_;
  std::optional<int64_t> lastKeyframeStep_;
  std::set<int64_t> sourceIds_;
  std::set<std::pair<int, int64_t>> blobIds_;
  // Last, so the thread starts only once everything it uses exists.
  std::thread thread_;
};

}  // namespace

std::unique_ptr<TraceWriter> TraceWriter::create(const std::string& path, bool overwrite) {
  claimPath(path, overwrite);
  try {
    return std::make_unique<BackgroundTraceWriter>(path, openNewTrace(path));
  } catch (...) {
    // Leave no half-made trace behind to be mistaken for a recording.
    std::error_code ignored;
    fs::remove(path, ignored);
    for (const char* suffix : kSideFileSuffixes)
      fs::remove(path + suffix, ignored);
    throw;
  }
}

}  // namespace rw::storage
