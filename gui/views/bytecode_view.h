// The current code object's instructions with the one about to execute selected, and its
// exception table below.
#pragma once

#include <QWidget>
#include <optional>

class QTabWidget;
class QTableView;
class QTreeView;

namespace rw::gui {

class BytecodeModel;
class TextLine;
class ExceptionTableModel;
class CodeFieldsModel;

class BytecodeView : public QWidget {
  Q_OBJECT

 public:
  BytecodeView(BytecodeModel* instructions, ExceptionTableModel* exceptionTable,
               CodeFieldsModel* fields, QWidget* parent = nullptr);

  // Selects and reveals the instruction at `offset` (nullopt clears the selection).
  void setCurrentOffset(std::optional<uint32_t> offset);
  std::optional<int> selectedRow() const;

 private:
  void updateTitle();

  BytecodeModel* model_;
  TextLine* title_;  // changes with every call and return (see text_line.h)
  QTableView* instructions_;
  QTableView* exceptionTable_;
  QTreeView* fields_;  // co_consts, co_names, co_varnames, cells, frees, counts and flags
  QTabWidget* lower_;  // the fields and the exception table, under the instructions
};

}  // namespace rw::gui
