// The breakpoints, with their conditions editable in place and Delete removing one.
#pragma once

#include <QTableView>

namespace rw::gui {

class BreakpointsModel;

class BreakpointsView : public QTableView {
  Q_OBJECT

 public:
  explicit BreakpointsView(BreakpointsModel* model, QWidget* parent = nullptr);

 protected:
  void keyPressEvent(QKeyEvent* event) override;

 private:
  BreakpointsModel* model_;
};

}  // namespace rw::gui
