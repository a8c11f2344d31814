// The current code object's instructions with the one about to execute selected, and its
// exception table below.
#pragma once

#include <QWidget>
#include <optional>

class QLabel;
class QTableView;

namespace rw::gui {

class BytecodeModel;
class TextLine;
class ExceptionTableModel;

class BytecodeView : public QWidget {
  Q_OBJECT

 public:
  BytecodeView(BytecodeModel* instructions, ExceptionTableModel* exceptionTable,
               QWidget* parent = nullptr);

  // Selects and reveals the instruction at `offset` (nullopt clears the selection).
  void setCurrentOffset(std::optional<uint32_t> offset);
  std::optional<int> selectedRow() const;

 private:
  void updateTitle();

  BytecodeModel* model_;
  TextLine* title_;  // changes with every call and return (see text_line.h)
  QTableView* instructions_;
  QLabel* exceptionTitle_;
  QTableView* exceptionTable_;
};

}  // namespace rw::gui
