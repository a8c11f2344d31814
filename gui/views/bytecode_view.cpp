#include "gui/views/bytecode_view.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include "gui/models/bytecode_model.h"
#include "gui/models/exception_table_model.h"
#include "gui/views/table_setup.h"
#include "gui/views/text_line.h"

namespace rw::gui {

BytecodeView::BytecodeView(BytecodeModel* instructions, ExceptionTableModel* exceptionTable,
                           QWidget* parent)
    : QWidget(parent),
      model_(instructions),
      title_(new TextLine(this)),
      instructions_(new QTableView(this)),
      exceptionTitle_(new QLabel(tr("Exception table"), this)),
      exceptionTable_(new QTableView(this)) {
  QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
  setUpReadOnlyTable(instructions_, instructions);
  instructions_->setFont(fixed);
  // The longest opname of Python 3.11 is LOAD_ASSERTION_ERROR.
  sizeColumnsInCharacters(instructions_, instructions_->horizontalHeader(),
                          {{BytecodeModel::LineColumn, 4},
                           {BytecodeModel::TargetColumn, 2},
                           {BytecodeModel::OffsetColumn, 4},
                           {BytecodeModel::OpnameColumn, 20},
                           {BytecodeModel::ArgColumn, 4}});
  instructions_->horizontalHeader()->setSectionResizeMode(BytecodeModel::MeaningColumn,
                                                          QHeaderView::Stretch);
  setUpReadOnlyTable(exceptionTable_, exceptionTable);
  exceptionTable_->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);

  auto* lower = new QWidget(this);
  auto* lowerLayout = new QVBoxLayout(lower);
  lowerLayout->setContentsMargins(0, 0, 0, 0);
  lowerLayout->addWidget(exceptionTitle_);
  lowerLayout->addWidget(exceptionTable_);
  auto* splitter = new QSplitter(Qt::Vertical, this);
  splitter->addWidget(instructions_);
  splitter->addWidget(lower);
  splitter->setStretchFactor(0, 4);
  splitter->setStretchFactor(1, 1);

  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(4, 4, 4, 4);
  layout->addWidget(title_);
  layout->addWidget(splitter);

  connect(instructions, &QAbstractItemModel::modelReset, this, &BytecodeView::updateTitle);
  connect(exceptionTable, &QAbstractItemModel::modelReset, this, [this, exceptionTable] {
    exceptionTitle_->setText(exceptionTable->rowCount() == 0 ? tr("Exception table: empty")
                                                             : tr("Exception table"));
  });
  updateTitle();
}

void BytecodeView::updateTitle() {
  const recorder::CodeInfo* code = model_->code();
  if (!code) {
    title_->setText(tr("No code"));
    return;
  }
  title_->setRuns({{QString::fromStdString(code->qualname), true},
                   {tr("  line %1  · stack size %2  · %3 instructions")
                        .arg(code->firstLine)
                        .arg(code->stacksize)
                        .arg(code->instructions.size()),
                    false}});
}

void BytecodeView::setCurrentOffset(std::optional<uint32_t> offset) {
  model_->setCurrentOffset(offset);
  if (!offset || static_cast<int>(*offset) >= model_->rowCount()) {
    instructions_->selectionModel()->clear();
    return;
  }
  QModelIndex index = model_->index(static_cast<int>(*offset), BytecodeModel::OpnameColumn);
  instructions_->selectionModel()->setCurrentIndex(
      index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
  instructions_->scrollTo(index, QAbstractItemView::EnsureVisible);
}

std::optional<int> BytecodeView::selectedRow() const {
  QModelIndexList rows = instructions_->selectionModel()->selectedRows();
  if (rows.size() != 1) return std::nullopt;
  return rows.front().row();
}

}  // namespace rw::gui
