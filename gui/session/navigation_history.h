// Back and forward through the places the user jumped to, like a web browser: a jump
// remembers where it left from; going back returns there and remembers where it was.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

namespace rw::gui {

class NavigationHistory {
 public:
  // A jump from step `from` to step `to` (nothing is remembered when they are the same).
  void jumped(int64_t from, int64_t to);
  // The step to go back (forward) to from `current`, remembering `current` the other way;
  // nothing when there is none.
  std::optional<int64_t> back(int64_t current);
  std::optional<int64_t> forward(int64_t current);
  bool canGoBack() const { return !back_.empty(); }
  bool canGoForward() const { return !forward_.empty(); }
  void clear();

 private:
  static constexpr size_t kLimit = 500;
  std::vector<int64_t> back_;
  std::vector<int64_t> forward_;
};

}  // namespace rw::gui
