// rewind-gui [FILE.py | TRACE.rwd]: the time-travel debugger's desktop app.
#include <QApplication>
#include <QCommandLineParser>

#include "gui/main_window.h"

int main(int argc, char* argv[]) {
  QApplication app(argc, argv);
  QApplication::setApplicationName("rewind-gui");
  QApplication::setApplicationVersion("0.1");

  QCommandLineParser parser;
  parser.setApplicationDescription(
      "Time-travel debugger for Python. A program is recorded first; a trace opens as it is.");
  parser.addHelpOption();
  parser.addVersionOption();
  parser.addPositionalArgument("file", "A Python program (.py) or a Rewind trace (.rwd).",
                               "[FILE]");
  parser.process(app);
  if (parser.positionalArguments().size() > 1) {
    fputs("rewind-gui: give at most one file\n", stderr);
    return 2;
  }

  rw::gui::MainWindow window;
  window.show();
  if (!parser.positionalArguments().isEmpty())
    window.openFile(parser.positionalArguments().front());
  return app.exec();
}
