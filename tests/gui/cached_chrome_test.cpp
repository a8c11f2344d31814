// The main window's toolbars and dock titles paint from kept pixmaps: they must look exactly
// like QToolBar's and QDockWidget's, the first time, from the cache, and after changes.
#include <gtest/gtest.h>

#include <QDockWidget>
#include <QImage>
#include <QLabel>
#include <QMainWindow>
#include <QToolBar>
#include <vector>

#include "gui/views/cached_dock_widget.h"
#include "gui/views/cached_tool_bar.h"
#include "gui_test_support.h"

namespace rw::gui {
namespace {

int differingPixels(const QImage& expected, const QImage& painted) {
  if (expected.size() != painted.size()) return -1;
  int differing = 0;
  for (int y = 0; y < expected.height(); ++y)
    for (int x = 0; x < expected.width(); ++x)
      differing += expected.pixel(x, y) != painted.pixel(x, y);
  return differing;
}

// A window like the debugger's: a movable toolbar of text buttons at the top, a fixed one below.
struct Window {
  explicit Window(bool cached) {
    auto make = [&](const QString& title) {
      return cached ? new CachedToolBar(title, &window) : new QToolBar(title, &window);
    };
    top = make("Navigation");
    top->setToolButtonStyle(Qt::ToolButtonTextOnly);
    top->addAction("Step");
    top->addAction("Back");
    window.addToolBar(Qt::TopToolBarArea, top);
    bottom = make("Timeline");
    bottom->setMovable(false);
    bottom->addAction("Play");
    window.addToolBar(Qt::BottomToolBarArea, bottom);
    for (const QString& title : {QString("Source"), QString("A title too long to fit its dock")}) {
      QDockWidget* dock =
          cached ? new CachedDockWidget(title, &window) : new QDockWidget(title, &window);
      dock->setWidget(new QLabel("view"));
      window.addDockWidget(Qt::LeftDockWidgetArea, dock, Qt::Horizontal);
      docks.push_back(dock);
    }
    window.resize(500, 300);
    window.show();
  }
  QImage image() { return window.grab().toImage(); }

  QMainWindow window;
  QToolBar* top;
  QToolBar* bottom;
  std::vector<QDockWidget*> docks;
};

TEST(CachedChrome, PaintsLikeQtFromTheCacheAndAfterChanges) {
  Window plain(false);
  Window cached(true);
  EXPECT_EQ(differingPixels(plain.image(), cached.image()), 0);
  EXPECT_EQ(differingPixels(plain.image(), cached.image()), 0);  // painted from the pixmap

  QPalette palette = plain.window.palette();
  palette.setColor(QPalette::Window, QColor(90, 120, 200));
  for (Window* window : {&plain, &cached}) {
    for (QToolBar* bar : {window->top, window->bottom})
      bar->setPalette(palette);
    for (QDockWidget* dock : window->docks)
      dock->setPalette(palette);
  }
  QImage recoloured = plain.image();
  EXPECT_EQ(differingPixels(recoloured, cached.image()), 0);

  for (Window* window : {&plain, &cached})
    window->window.resize(640, 320);
  QImage resized = plain.image();
  EXPECT_NE(resized.size(), recoloured.size());
  EXPECT_EQ(differingPixels(resized, cached.image()), 0);

  for (Window* window : {&plain, &cached})
    window->docks.front()->setWindowTitle("Renamed");
  EXPECT_EQ(differingPixels(plain.image(), cached.image()), 0);
}

}  // namespace
}  // namespace rw::gui
