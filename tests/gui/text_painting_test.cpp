// The cached text painting that keeps stepping fast: cells painted from laid-out strings look
// like the ones QStyledItemDelegate paints, the cache stays bounded, and a TextLine's new text
// never changes its size hint (so it never relays the window out).
#include <gtest/gtest.h>

#include <QFont>
#include <QHeaderView>
#include <QImage>
#include <QStandardItemModel>
#include <QStyledItemDelegate>
#include <QTableView>

#include "gui/models/static_text_cache.h"
#include "gui/views/cached_text_delegate.h"
#include "gui/views/text_line.h"
#include "gui_test_support.h"

namespace rw::gui {
namespace {

// Rows like the debugger's: plain, right-aligned numbers, bold, coloured, and a value too long
// for its column.
void fill(QStandardItemModel& model) {
  model.setColumnCount(3);
  for (int row = 0; row < 6; ++row) {
    auto* name = new QStandardItem(QString("name_%1").arg(row));
    auto* number = new QStandardItem(QString::number(row * 1234));
    number->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto* value = new QStandardItem(row == 4 ? QString("x").repeated(200)
                                             : QString("<function f at 0x%1>").arg(row, 8, 16));
    if (row == 2) {
      QFont bold;
      bold.setBold(true);
      name->setFont(bold);
      value->setBackground(QColor(205, 240, 205));
    }
    if (row == 3) value->setForeground(QColor(128, 128, 128));
    model.appendRow({name, number, value});
  }
}

QImage render(QAbstractItemDelegate* delegate) {
  QStandardItemModel model;
  fill(model);
  QTableView view;
  view.setItemDelegate(delegate);
  view.setModel(&model);
  view.setAlternatingRowColors(true);
  view.setSelectionBehavior(QAbstractItemView::SelectRows);
  view.setWordWrap(false);
  view.resize(420, 220);
  view.horizontalHeader()->resizeSection(2, 180);
  view.selectRow(1);
  view.show();
  return view.viewport()->grab().toImage();
}

TEST(CachedTextDelegate, PaintsCellsLikeTheStyledDelegate) {
  QStyledItemDelegate styled;
  CachedTextDelegate cached;
  QImage expected = render(&styled);
  QImage painted = render(&cached);
  ASSERT_EQ(expected.size(), painted.size());
  int differing = 0;
  for (int y = 0; y < expected.height(); ++y)
    for (int x = 0; x < expected.width(); ++x)
      differing += expected.pixel(x, y) != painted.pixel(x, y);
  EXPECT_EQ(differing, 0);
  EXPECT_GT(cached.cachedTexts(), 0);
}

TEST(StaticTextCache, KeepsAtMostTwoGenerations) {
  StaticTextCache cache(8);
  QFont font;
  double width = cache.width("abc", font);
  EXPECT_GT(width, 0);
  for (int i = 0; i < 100; ++i)
    cache.text(QString::number(i), font);
  EXPECT_LE(cache.size(), 16);
  EXPECT_EQ(cache.width("abc", font), width);
  EXPECT_EQ(cache.elided("short", font, Qt::ElideRight, 1000), "short");
  EXPECT_TRUE(cache.elided(QString("y").repeated(100), font, Qt::ElideRight, 50).endsWith("…"));
}

TEST(TextLine, NewTextKeepsTheSizeHintAndLongTextIsElided) {
  TextLine line;
  line.resize(120, line.sizeHint().height());
  line.setText("step 1 of 10");
  QSize hint = line.sizeHint();
  line.setRuns({{"Next: ", false}, {"LOAD_ASSERTION_ERROR", true}, {" pops 0, pushes 1", false}});
  EXPECT_EQ(line.sizeHint(), hint);
  EXPECT_EQ(line.text(), "Next: LOAD_ASSERTION_ERROR pops 0, pushes 1");
  EXPECT_EQ(line.toolTip(), line.text());  // too wide for 120 pixels
  line.setText("ok");
  EXPECT_TRUE(line.toolTip().isEmpty());
  EXPECT_FALSE(line.grab().isNull());
}

}  // namespace
}  // namespace rw::gui
