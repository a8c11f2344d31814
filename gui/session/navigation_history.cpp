#include "gui/session/navigation_history.h"

namespace rw::gui {

void NavigationHistory::jumped(int64_t from, int64_t to) {
  if (from == to) return;
  if (back_.empty() || back_.back() != from) back_.push_back(from);
  if (back_.size() > kLimit) back_.erase(back_.begin());
  forward_.clear();
}

std::optional<int64_t> NavigationHistory::back(int64_t current) {
  if (back_.empty()) return std::nullopt;
  int64_t step = back_.back();
  back_.pop_back();
  forward_.push_back(current);
  return step;
}

std::optional<int64_t> NavigationHistory::forward(int64_t current) {
  if (forward_.empty()) return std::nullopt;
  int64_t step = forward_.back();
  forward_.pop_back();
  back_.push_back(current);
  return step;
}

void NavigationHistory::clear() {
  back_.clear();
  forward_.clear();
}

}  // namespace rw::gui
