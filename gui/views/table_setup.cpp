#include "gui/views/table_setup.h"

#include <QEvent>
#include <QFontMetrics>
#include <QHeaderView>
#include <QStyle>
#include <QTableView>
#include <algorithm>
#include <vector>

#include "gui/views/cached_text_delegate.h"

namespace rw::gui {

namespace {

// Lives on the view; sizes the columns again when the view's or the header's font changes.
class CharacterColumnWidths : public QObject {
 public:
  CharacterColumnWidths(QAbstractItemView* view, QHeaderView* header,
                        std::vector<std::pair<int, int>> columns)
      : QObject(view), view_(view), header_(header), columns_(std::move(columns)) {
    view->installEventFilter(this);
    header->installEventFilter(this);
    apply();
  }

  bool eventFilter(QObject* watched, QEvent* event) override {
    if (event->type() == QEvent::FontChange) apply();
    return QObject::eventFilter(watched, event);
  }

 private:
  void apply() {
    QFontMetrics metrics(view_->font());
    int padding =
        2 * (view_->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view_) + 1);
    int digit = metrics.horizontalAdvance(QLatin1Char('0'));
    for (auto [column, characters] : columns_)
      header_->resizeSection(
          column, std::max(digit * characters + padding, header_->sectionSizeHint(column)));
  }

  QAbstractItemView* view_;
  QHeaderView* header_;
  std::vector<std::pair<int, int>> columns_;
};

}  // namespace

void setUpReadOnlyTable(QTableView* view, QAbstractItemModel* model) {
  view->setModel(model);
  view->setItemDelegate(new CachedTextDelegate(view));
  view->setSelectionBehavior(QAbstractItemView::SelectRows);
  view->setSelectionMode(QAbstractItemView::SingleSelection);
  view->setEditTriggers(QAbstractItemView::NoEditTriggers);
  view->setWordWrap(false);
  view->setShowGrid(false);
  view->setAlternatingRowColors(true);
  view->verticalHeader()->setVisible(false);
  view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
  view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
  view->horizontalHeader()->setHighlightSections(false);
}

void sizeColumnsInCharacters(QAbstractItemView* view, QHeaderView* header,
                             std::initializer_list<std::pair<int, int>> columns) {
  new CharacterColumnWidths(view, header, columns);
}

}  // namespace rw::gui
