// A recording killed with SIGKILL leaves a trace holding everything committed before the
// kill, and a reader in another process can follow a recording while it is written.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <new>
#include <thread>

#include "storage/trace_test_support.h"
#include "trace_reader.h"
#include "trace_writer.h"

namespace rw::storage {
namespace {

using namespace std::chrono_literals;
using test_support::eventLikeBytes;

constexpr int64_t kStepsPerChunk = 100;
constexpr size_t kChunkBytes = 8 * 1024;

// Steps the child has handed to addChunk, visible to the parent through shared memory.
class SharedCounter {
 public:
  SharedCounter() {
    void* memory = mmap(nullptr, sizeof(std::atomic<int64_t>), PROT_READ | PROT_WRITE,
                        MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    if (memory == MAP_FAILED) throw std::bad_alloc();
    counter_ = new (memory) std::atomic<int64_t>(0);
  }
  ~SharedCounter() { munmap(counter_, sizeof(std::atomic<int64_t>)); }
  std::atomic<int64_t>& operator*() { return *counter_; }

 private:
  std::atomic<int64_t>* counter_;
};

// Runs in the forked child until it is killed; never returns into the test framework.
[[noreturn]] void recordUntilKilled(const std::string& path, std::atomic<int64_t>& submittedSteps) {
  try {
    auto writer = TraceWriter::create(path, false);
    writer->setMeta("program", "endless.py");
    for (int64_t index = 0;; ++index) {
      int64_t firstStep = index * kStepsPerChunk;
      writer->addChunk({index,
                        firstStep,
                        kStepsPerChunk,
                        eventLikeBytes(kChunkBytes, index),
                        {{IndexKind::Line, index % 50}}});
      if (index % 20 == 0) writer->addKeyframe({firstStep, eventLikeBytes(512, index)});
      submittedSteps = firstStep + kStepsPerChunk;
      std::this_thread::sleep_for(200us);
    }
  } catch (...) {
    _exit(2);
  }
}

class TraceCutOffTest : public test_support::TraceFileTest {};

TEST_F(TraceCutOffTest, KilledRecordingKeepsWhatWasCommittedAndIsReadableLive) {
  std::string path = pathFor("killed.rwd");
  SharedCounter submittedSteps;
  pid_t child = fork();
  ASSERT_GE(child, 0);
  if (child == 0) recordUntilKilled(path, *submittedSteps);

  std::this_thread::sleep_for(500ms);
  // Everything handed over by now was committed at least a second before the kill.
  int64_t submittedEarly = (*submittedSteps).load();
  std::this_thread::sleep_for(500ms);
  {
    auto live = TraceReader::open(path);
    EXPECT_FALSE(live->finished());
    EXPECT_EQ(live->meta("status"), "recording");
    EXPECT_GE(live->steps(), submittedEarly);
    int64_t seen = live->steps();
    std::this_thread::sleep_for(400ms);
    EXPECT_GT(live->steps(), seen) << "a live reader should see new commits";
  }
  std::this_thread::sleep_for(100ms);
  ASSERT_EQ(kill(child, SIGKILL), 0);
  int status = 0;
  ASSERT_EQ(waitpid(child, &status, 0), child);
  ASSERT_TRUE(WIFSIGNALED(status))
      << "the recording child failed with exit status " << WEXITSTATUS(status);
  ASSERT_GT(submittedEarly, 0);

  auto reader = TraceReader::open(path);
  EXPECT_FALSE(reader->finished());
  EXPECT_EQ(reader->meta("program"), "endless.py");
  int64_t steps = reader->steps();
  EXPECT_GE(steps, submittedEarly);
  EXPECT_LE(steps, (*submittedSteps).load());

  auto chunks = reader->chunks();
  ASSERT_EQ(static_cast<int64_t>(chunks.size()), steps / kStepsPerChunk);
  for (const ChunkInfo& chunk : chunks) {
    ASSERT_EQ(chunk.firstStep, chunk.index * kStepsPerChunk);
    ASSERT_EQ(reader->chunkPayload(chunk.index), eventLikeBytes(kChunkBytes, chunk.index));
  }
  EXPECT_EQ(reader->chunkAt(steps - 1)->index, static_cast<int64_t>(chunks.size()) - 1);
  EXPECT_EQ(reader->keyframeAtOrBefore(steps - 1)->step % (20 * kStepsPerChunk), 0);
  EXPECT_EQ(reader->chunksWith(IndexKind::Line, 7).front(), 7);
}

}  // namespace
}  // namespace rw::storage
