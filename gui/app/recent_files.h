// The files opened lately, newest first, kept in the app's settings.
#pragma once

#include <QStringList>

namespace rw::gui {

class RecentFiles {
 public:
  static constexpr int kLimit = 10;

  static QStringList load();
  // Puts `path` first (absolute), dropping an older entry for it and the oldest beyond kLimit.
  static QStringList add(const QString& path);
  static void clear();
};

}  // namespace rw::gui
