// One frame's value stack, bottom first, under a line saying what the next instruction does
// to it ("BINARY_OP (+) pops 2, pushes 1"; see text_line.h for why it is not a QLabel).
#pragma once

#include <QWidget>

#include "recorder/state.h"

class QTableView;

namespace rw::gui {

class TextLine;
class ValueStackModel;

class ValueStackView : public QWidget {
  Q_OBJECT

 public:
  explicit ValueStackView(ValueStackModel* model, QWidget* parent = nullptr);

  // `instruction` is the frame's next instruction, or null for nothing to describe.
  void setEffect(const recorder::InstructionView* instruction, bool executing);
  QString effectText() const;

 private:
  TextLine* effect_;
  QTableView* table_;
};

}  // namespace rw::gui
