#include "gui/models/code_fields_model.h"

#include <QFont>

#include "compiler/disassembler.h"

namespace rw::gui {

namespace {

// Internal ids: 0 for the top-level rows, 1 + field for the items of a list field.
constexpr quintptr kTopLevel = 0;

const char* const kListNames[CodeFieldsModel::ListFieldCount] = {
    "co_consts", "co_names", "co_varnames", "co_cellvars", "co_freevars"};

}  // namespace

CodeFieldsModel::CodeFieldsModel(QObject* parent) : QAbstractItemModel(parent) {}

void CodeFieldsModel::setCode(TraceInfoPtr trace, const recorder::CodeInfo* code) {
  if (code == code_ && trace == trace_) return;
  beginResetModel();
  trace_ = std::move(trace);
  code_ = trace_ ? code : nullptr;
  endResetModel();
}

const std::vector<std::string>& CodeFieldsModel::items(ListField field) const {
  switch (field) {
    case Consts:
      return code_->consts;
    case Names:
      return code_->names;
    case Varnames:
      return code_->varnames;
    case Cellvars:
      return code_->cellvars;
    case Freevars:
    case ListFieldCount:
      break;
  }
  return code_->freevars;
}

std::vector<std::pair<QString, QString>> CodeFieldsModel::scalars() const {
  QString flags = QString("0x%1").arg(code_->flags, 0, 16);
  std::string names = formatCodeFlags(code_->flags);
  if (!names.empty()) flags += " (" + QString::fromStdString(names) + ")";
  return {{"co_argcount", QString::number(code_->argcount)},
          {"co_posonlyargcount", QString::number(code_->posonlyargcount)},
          {"co_kwonlyargcount", QString::number(code_->kwonlyargcount)},
          {"co_nlocals", QString::number(code_->varnames.size())},
          {"co_stacksize", QString::number(code_->stacksize)},
          {"co_firstlineno", QString::number(code_->firstLine)},
          {"co_flags", flags}};
}

QModelIndex CodeFieldsModel::index(int row, int column, const QModelIndex& parent) const {
  if (!hasIndex(row, column, parent)) return {};
  if (!parent.isValid()) return createIndex(row, column, kTopLevel);
  return createIndex(row, column, quintptr(1 + parent.row()));
}

QModelIndex CodeFieldsModel::parent(const QModelIndex& child) const {
  if (!child.isValid() || child.internalId() == kTopLevel) return {};
  return createIndex(static_cast<int>(child.internalId() - 1), 0, kTopLevel);
}

int CodeFieldsModel::rowCount(const QModelIndex& parent) const {
  if (!code_) return 0;
  if (!parent.isValid()) return ListFieldCount + static_cast<int>(scalars().size());
  if (parent.internalId() != kTopLevel || parent.column() != 0 || parent.row() >= ListFieldCount)
    return 0;
  return static_cast<int>(items(static_cast<ListField>(parent.row())).size());
}

int CodeFieldsModel::columnCount(const QModelIndex&) const {
  return ColumnCount;
}

QVariant CodeFieldsModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid() || !code_) return {};
  if (role == Qt::FontRole && index.internalId() == kTopLevel && index.column() == FieldColumn) {
    QFont bold;
    bold.setBold(true);
    return bold;
  }
  if (role != Qt::DisplayRole && role != Qt::ToolTipRole) return {};
  if (index.internalId() != kTopLevel) {
    auto field = static_cast<ListField>(index.internalId() - 1);
    if (index.column() == FieldColumn) return index.row();
    return QString::fromStdString(items(field)[static_cast<size_t>(index.row())]);
  }
  if (index.row() < ListFieldCount) {
    auto field = static_cast<ListField>(index.row());
    if (index.column() == FieldColumn) return QString(kListNames[field]);
    size_t count = items(field).size();
    return count == 0 ? tr("(none)") : count == 1 ? tr("1 item") : tr("%1 items").arg(count);
  }
  auto rows = scalars();
  const auto& [name, value] = rows[static_cast<size_t>(index.row() - ListFieldCount)];
  return index.column() == FieldColumn ? name : value;
}

QVariant CodeFieldsModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
  return section == FieldColumn ? tr("Field") : tr("Value");
}

}  // namespace rw::gui
