#include "gui/app/recent_files.h"

#include <QFileInfo>
#include <QSettings>

namespace rw::gui {

namespace {
const char* kKey = "recentFiles";
}

QStringList RecentFiles::load() {
  return QSettings().value(kKey).toStringList();
}

QStringList RecentFiles::add(const QString& path) {
  QString absolute = QFileInfo(path).absoluteFilePath();
  QStringList files = load();
  files.removeAll(absolute);
  files.prepend(absolute);
  while (files.size() > kLimit)
    files.removeLast();
  QSettings().setValue(kKey, files);
  return files;
}

void RecentFiles::clear() {
  QSettings().remove(kKey);
}

}  // namespace rw::gui
