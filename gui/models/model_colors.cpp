#include "gui/models/model_colors.h"

#include <atomic>

namespace rw::gui::colors {

namespace {
std::atomic<bool> dark{false};
}

void setDarkPalette(bool isDark) {
  dark = isDark;
}

bool darkPalette() {
  return dark;
}

}  // namespace rw::gui::colors
