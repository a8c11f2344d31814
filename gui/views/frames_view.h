// The call stack; choosing a frame makes the other views show that frame.
#pragma once

#include <QTableView>

namespace rw::gui {

class FramesModel;

class FramesView : public QTableView {
  Q_OBJECT

 public:
  explicit FramesView(FramesModel* model, QWidget* parent = nullptr);

  void selectFrame(int row);
  int selectedFrame() const;  // -1 when none

 signals:
  void frameSelected(int row);
};

}  // namespace rw::gui
