// The app's colour theme: the system's palette, or Rewind's own light or dark one (with the
// Fusion style, which follows a palette faithfully).
#pragma once

#include <QString>

namespace rw::gui {

enum class Theme { System, Light, Dark };

void applyTheme(Theme theme);
QString themeKey(Theme theme);  // "system", "light", "dark": how settings store it
Theme themeFromKey(const QString& key);

}  // namespace rw::gui
