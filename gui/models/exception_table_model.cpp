#include "gui/models/exception_table_model.h"

namespace rw::gui {

ExceptionTableModel::ExceptionTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void ExceptionTableModel::setCode(TraceInfoPtr trace, const recorder::CodeInfo* code) {
  if (code == code_ && trace == trace_) return;
  beginResetModel();
  trace_ = std::move(trace);
  code_ = trace_ ? code : nullptr;
  endResetModel();
}

int ExceptionTableModel::rowCount(const QModelIndex& parent) const {
  if (parent.isValid() || !code_) return 0;
  return static_cast<int>(code_->exceptionTable.size());
}

int ExceptionTableModel::columnCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : ColumnCount;
}

QVariant ExceptionTableModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid() || !code_ || role != Qt::DisplayRole) return {};
  const recorder::ExceptionRange& range = code_->exceptionTable[static_cast<size_t>(index.row())];
  switch (index.column()) {
    case StartColumn:
      return range.start;
    case EndColumn:
      return range.end;
    case TargetColumn:
      return range.target;
    case DepthColumn:
      return range.depth;
    case LastiColumn:
      return range.lasti ? tr("yes") : tr("no");
  }
  return {};
}

QVariant ExceptionTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
  switch (section) {
    case StartColumn:
      return tr("Start");
    case EndColumn:
      return tr("End");
    case TargetColumn:
      return tr("Handler");
    case DepthColumn:
      return tr("Depth");
    case LastiColumn:
      return tr("Push lasti");
  }
  return {};
}

}  // namespace rw::gui
