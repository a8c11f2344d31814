// The writer's queue blocks producers once its byte budget is used up.
#include "write_queue.h"

#include <gtest/gtest.h>

#include <atomic>
#include <thread>

namespace rw::storage {
namespace {

ChunkRecord chunkOfSize(int64_t index, size_t bytes) {
  return ChunkRecord{index, index, 1, std::vector<uint8_t>(bytes), {}};
}

TEST(WriteQueueTest, PushBlocksWhileTheBudgetIsUsedUp) {
  WriteQueue queue(1000);
  queue.push(chunkOfSize(0, 600));
  std::atomic<bool> pushed = false;
  std::thread producer([&] {
    queue.push(chunkOfSize(1, 600));
    pushed = true;
  });
  std::this_thread::sleep_for(std::chrono::milliseconds(100));
  EXPECT_FALSE(pushed);

  WriteTask task;
  auto farAway = WriteQueue::Clock::now() + std::chrono::seconds(10);
  ASSERT_EQ(queue.pop(task, farAway), WriteQueue::PopResult::Task);
  EXPECT_EQ(std::get<ChunkRecord>(task).index, 0);
  producer.join();
  EXPECT_TRUE(pushed);
  EXPECT_LE(queue.queuedBytes(), 1000u);
}

TEST(WriteQueueTest, ATaskLargerThanTheBudgetPassesWhenTheQueueIsEmpty) {
  WriteQueue queue(100);
  queue.push(chunkOfSize(0, 5000));
  EXPECT_GT(queue.queuedBytes(), 5000u);
}

TEST(WriteQueueTest, PopTimesOutThenDrainsAfterClose) {
  WriteQueue queue(1000);
  WriteTask task;
  auto soon = WriteQueue::Clock::now() + std::chrono::milliseconds(20);
  EXPECT_EQ(queue.pop(task, soon), WriteQueue::PopResult::Timeout);
  queue.push(chunkOfSize(0, 10));
  queue.close();
  auto farAway = WriteQueue::Clock::now() + std::chrono::seconds(10);
  EXPECT_EQ(queue.pop(task, farAway), WriteQueue::PopResult::Task);
  EXPECT_EQ(queue.pop(task, farAway), WriteQueue::PopResult::Drained);
}

TEST(WriteQueueTest, FailureWakesABlockedProducerWithTheMessage) {
  WriteQueue queue(100);
  queue.push(chunkOfSize(0, 100));
  std::thread consumer([&] {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    queue.fail("trace file 'x': writing: the disk is full");
  });
  try {
    queue.push(chunkOfSize(1, 100));
    ADD_FAILURE() << "push succeeded after failure";
  } catch (const StorageError& error) {
    EXPECT_STREQ(error.what(), "trace file 'x': writing: the disk is full");
  }
  consumer.join();
}

}  // namespace
}  // namespace rw::storage
