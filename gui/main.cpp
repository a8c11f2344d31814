// rewind-gui [FILE.py | TRACE.rwd]: the time-travel debugger's desktop app.
#include <QApplication>
#include <cstdio>
#include <cstring>

#include "gui/main_window.h"

namespace {

const char* kUsage =
    "usage: rewind-gui [FILE.py | TRACE.rwd]\n"
    "Time-travel debugger for Python. A program is recorded first (into a temporary trace);\n"
    "a trace opens as it is. Without a file, use File > Open.\n";

}  // namespace

int main(int argc, char* argv[]) {
  // Answered before QApplication exists, so --help works without a display.
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "-h") == 0 || std::strcmp(argv[i], "--help") == 0) {
      std::fputs(kUsage, stdout);
      return 0;
    }
  }
  QApplication app(argc, argv);  // takes Qt's own options (-style, -platform, ...) out of argv
  QApplication::setApplicationName("rewind-gui");
  QStringList files = QApplication::arguments().mid(1);
  if (files.size() > 1 || (!files.isEmpty() && files.front().startsWith('-'))) {
    std::fputs(kUsage, stderr);
    return 2;
  }

  rw::gui::MainWindow window;
  window.show();
  if (!files.isEmpty()) window.openFile(files.front());
  return app.exec();
}
