#include "gui/models/bytecode_model.h"

#include <QBrush>
#include <QFont>

#include "gui/models/model_colors.h"

namespace rw::gui {

BytecodeModel::BytecodeModel(QObject* parent) : QAbstractTableModel(parent) {}

void BytecodeModel::setCode(TraceInfoPtr trace, const recorder::CodeInfo* code) {
  if (code == code_ && trace == trace_) return;
  beginResetModel();
  trace_ = std::move(trace);
  code_ = trace_ ? code : nullptr;
  current_.reset();
  endResetModel();
}

void BytecodeModel::setCurrentOffset(std::optional<uint32_t> offset) {
  if (offset == current_) return;
  std::optional<uint32_t> previous = current_;
  current_ = offset;
  for (std::optional<uint32_t> row : {previous, current_}) {
    if (row && static_cast<int>(*row) < rowCount())
      emit dataChanged(index(static_cast<int>(*row), 0),
                       index(static_cast<int>(*row), ColumnCount - 1));
  }
}

int BytecodeModel::rowCount(const QModelIndex& parent) const {
  if (parent.isValid() || !code_) return 0;
  return static_cast<int>(code_->instructions.size());
}

int BytecodeModel::columnCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : ColumnCount;
}

QVariant BytecodeModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid() || !code_) return {};
  auto row = static_cast<size_t>(index.row());
  const recorder::InstructionInfo& info = code_->instructions[row];
  bool current = current_ && *current_ == row;
  switch (role) {
    case CurrentRole:
      return current;
    case Qt::BackgroundRole:
      return current ? QBrush(colors::currentInstruction()) : QVariant();
    case Qt::FontRole: {
      if (!current) return {};
      QFont font;
      font.setBold(true);
      return font;
    }
    case Qt::TextAlignmentRole:
      if (index.column() == OffsetColumn || index.column() == ArgColumn ||
          index.column() == LineColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
      return {};
    case Qt::DisplayRole:
      break;
    default:
      return {};
  }
  const recorder::InstructionView& instruction = info.instruction;
  switch (index.column()) {
    case LineColumn: {
      // Like dis: a line number where the line changes.
      int line = info.location.line;
      bool starts = row == 0 || code_->instructions[row - 1].location.line != line;
      return starts && line > 0 ? QVariant(line) : QVariant();
    }
    case TargetColumn:
      return info.jumpTarget ? QString(">>") : QString();
    case OffsetColumn:
      return instruction.offset;
    case OpnameColumn:
      return QString::fromStdString(instruction.opname);
    case ArgColumn:
      if (instruction.arg == 0 && instruction.argRepr.empty()) return {};
      return instruction.arg;
    case MeaningColumn:
      return instruction.argRepr.empty() ? QString()
                                         : "(" + QString::fromStdString(instruction.argRepr) + ")";
  }
  return {};
}

QVariant BytecodeModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
  switch (section) {
    case LineColumn:
      return tr("Line");
    case TargetColumn:
      return QString();
    case OffsetColumn:
      return tr("Offset");
    case OpnameColumn:
      return tr("Instruction");
    case ArgColumn:
      return tr("Arg");
    case MeaningColumn:
      return tr("Meaning");
  }
  return {};
}

}  // namespace rw::gui
