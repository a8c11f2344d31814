#include "write_queue.h"

#include <utility>

#include "trace_types.h"

namespace rw::storage {

WriteQueue::WriteQueue(size_t byteBudget) : byteBudget_(byteBudget) {}

void WriteQueue::push(WriteTask task) {
  size_t bytes = memoryFootprint(task);
  std::unique_lock lock(mutex_);
  spaceAvailable_.wait(
      lock, [&] { return failure_ || entries_.empty() || queuedBytes_ + bytes <= byteBudget_; });
  if (failure_) throw StorageError(*failure_);
  if (closed_) throw StorageError("trace writer used after finish()");
  entries_.push_back({std::move(task), bytes});
  queuedBytes_ += bytes;
  taskAvailable_.notify_one();
}

WriteQueue::PopResult WriteQueue::pop(WriteTask& task, Clock::time_point deadline) {
  std::unique_lock lock(mutex_);
  bool ready = taskAvailable_.wait_until(lock, deadline,
                                         [&] { return failure_ || closed_ || !entries_.empty(); });
  if (failure_) return PopResult::Drained;
  if (!ready) return PopResult::Timeout;
  if (entries_.empty()) return PopResult::Drained;
  task = std::move(entries_.front().task);
  queuedBytes_ -= entries_.front().bytes;
  entries_.pop_front();
  spaceAvailable_.notify_all();
  return PopResult::Task;
}

void WriteQueue::close() {
  std::lock_guard lock(mutex_);
  closed_ = true;
  taskAvailable_.notify_all();
}

void WriteQueue::fail(std::string message) {
  std::lock_guard lock(mutex_);
  failure_ = std::move(message);
  entries_.clear();
  queuedBytes_ = 0;
  taskAvailable_.notify_all();
  spaceAvailable_.notify_all();
}

std::optional<std::string> WriteQueue::failure() const {
  std::lock_guard lock(mutex_);
  return failure_;
}

size_t WriteQueue::queuedBytes() const {
  std::lock_guard lock(mutex_);
  return queuedBytes_;
}

}  // namespace rw::storage
