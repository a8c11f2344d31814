#include "gui/views/bytecode_view.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

#include "gui/models/bytecode_model.h"
#include "gui/models/code_fields_model.h"
#include "gui/models/exception_table_model.h"
#include "gui/views/cached_text_delegate.h"
#include "gui/views/table_setup.h"
#include "gui/views/text_line.h"

namespace rw::gui {

BytecodeView::BytecodeView(BytecodeModel* instructions, ExceptionTableModel* exceptionTable,
                           CodeFieldsModel* fields, QWidget* parent)
    : QWidget(parent),
      model_(instructions),
      title_(new TextLine(this)),
      instructions_(new QTableView(this)),
      exceptionTable_(new QTableView(this)),
      fields_(new QTreeView(this)),
      lower_(new QTabWidget(this)) {
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

  fields_->setModel(fields);
  fields_->setItemDelegate(new CachedTextDelegate(fields_));
  fields_->setUniformRowHeights(true);
  fields_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  fields_->setFont(fixed);
  fields_->header()->setStretchLastSection(true);
  sizeColumnsInCharacters(fields_, fields_->header(), {{CodeFieldsModel::FieldColumn, 20}});
  // Every list opens with its items: what a student looks up while reading the instructions.
  connect(fields, &QAbstractItemModel::modelReset, this, [this, fields] {
    for (int field = 0; field < CodeFieldsModel::ListFieldCount; ++field)
      fields_->expand(fields->fieldIndex(static_cast<CodeFieldsModel::ListField>(field)));
  });

  // Below the instructions, one at a time at full width: the code object's other fields and
  // its exception table.
  lower_->setDocumentMode(true);
  lower_->addTab(fields_, tr("Code object"));
  lower_->addTab(exceptionTable_, tr("Exception table"));
  auto* splitter = new QSplitter(Qt::Vertical, this);
  splitter->addWidget(instructions_);
  splitter->addWidget(lower_);
  splitter->setStretchFactor(0, 3);
  splitter->setStretchFactor(1, 2);

  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(4, 4, 4, 4);
  layout->addWidget(title_);
  layout->addWidget(splitter);

  connect(instructions, &QAbstractItemModel::modelReset, this, &BytecodeView::updateTitle);
  connect(exceptionTable, &QAbstractItemModel::modelReset, this, [this, exceptionTable] {
    int ranges = exceptionTable->rowCount();
    lower_->setTabText(
        1, ranges == 0 ? tr("Exception table (empty)") : tr("Exception table (%1)").arg(ranges));
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
