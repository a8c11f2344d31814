// The bounded hand-off between TraceWriter's callers and its background thread. Producers
// block while the queued tasks hold more than the byte budget, so a recorder that outruns
// the disk slows down instead of growing without limit.
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <mutex>
#include <optional>
#include <string>

#include "write_task.h"

namespace rw::storage {

class WriteQueue {
 public:
  using Clock = std::chrono::steady_clock;

  explicit WriteQueue(size_t byteBudget);

  // Blocks while the budget is exhausted (a task larger than the whole budget still goes
  // through once the queue is empty). Throws StorageError with the consumer's failure
  // message once fail() has been called.
  void push(WriteTask task);

  enum class PopResult { Task, Timeout, Drained };
  // Waits for a task until `deadline`. Drained means close() was called and nothing is left.
  PopResult pop(WriteTask& task, Clock::time_point deadline);

  // No more pushes will come; the consumer drains what is queued.
  void close();
  // The consumer has failed: queued tasks are dropped and producers get `message`.
  void fail(std::string message);
  std::optional<std::string> failure() const;

  size_t queuedBytes() const;

 private:
  struct Entry {
    WriteTask task;
    size_t bytes;
  };

  const size_t byteBudget_;
  mutable std::mutex mutex_;
  std::condition_variable taskAvailable_;
  std::condition_variable spaceAvailable_;
  std::deque<Entry> entries_;
  size_t queuedBytes_ = 0;
  bool closed_ = false;
  std::optional<std::string> failure_;
};

}  // namespace rw::storage
