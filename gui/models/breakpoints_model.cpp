#include "gui/models/breakpoints_model.h"

#include <QFileInfo>

namespace rw::gui {

BreakpointsModel::BreakpointsModel(QObject* parent) : QAbstractTableModel(parent) {}

int BreakpointsModel::find(const std::string& file, int line) const {
  for (size_t i = 0; i < breakpoints_.size(); ++i)
    if (breakpoints_[i].file == file && breakpoints_[i].line == line) return static_cast<int>(i);
  return -1;
}

void BreakpointsModel::toggle(const std::string& file, int line) {
  int row = find(file, line);
  if (row >= 0) {
    removeAt(row);
    return;
  }
  int at = static_cast<int>(breakpoints_.size());
  beginInsertRows({}, at, at);
  breakpoints_.push_back(recorder::Breakpoint{file, line, {}});
  endInsertRows();
  emit breakpointsChanged();
}

void BreakpointsModel::setCondition(const std::string& file, int line, const QString& condition) {
  int row = find(file, line);
  if (row < 0) {
    toggle(file, line);
    row = find(file, line);
  }
  setData(index(row, ConditionColumn), condition);
}

void BreakpointsModel::removeAt(int row) {
  if (row < 0 || row >= rowCount()) return;
  beginRemoveRows({}, row, row);
  breakpoints_.erase(breakpoints_.begin() + row);
  endRemoveRows();
  emit breakpointsChanged();
}

void BreakpointsModel::clearAll() {
  if (breakpoints_.empty()) return;
  beginResetModel();
  breakpoints_.clear();
  endResetModel();
  emit breakpointsChanged();
}

std::set<int> BreakpointsModel::linesIn(const std::string& file) const {
  std::set<int> lines;
  for (const recorder::Breakpoint& b : breakpoints_)
    if (b.file == file) lines.insert(b.line);
  return lines;
}

int BreakpointsModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(breakpoints_.size());
}

int BreakpointsModel::columnCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : ColumnCount;
}

QVariant BreakpointsModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid() || index.row() >= rowCount()) return {};
  const recorder::Breakpoint& b = breakpoints_[static_cast<size_t>(index.row())];
  if (role == Qt::ToolTipRole && index.column() == FileColumn)
    return QString::fromStdString(b.file);
  if (role == Qt::ToolTipRole && index.column() == ConditionColumn)
    return tr("Stop only where this Python expression is true (double-click to edit)");
  if (role != Qt::DisplayRole && role != Qt::EditRole) return {};
  switch (index.column()) {
    case FileColumn:
      return QFileInfo(QString::fromStdString(b.file)).fileName();
    case LineColumn:
      return b.line;
    case ConditionColumn:
      return QString::fromStdString(b.condition);
  }
  return {};
}

bool BreakpointsModel::setData(const QModelIndex& index, const QVariant& value, int role) {
  if (!index.isValid() || index.column() != ConditionColumn || role != Qt::EditRole) return false;
  std::string condition = value.toString().trimmed().toStdString();
  recorder::Breakpoint& b = breakpoints_[static_cast<size_t>(index.row())];
  if (b.condition == condition) return true;
  b.condition = condition;
  emit dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole});
  emit breakpointsChanged();
  return true;
}

Qt::ItemFlags BreakpointsModel::flags(const QModelIndex& index) const {
  if (!index.isValid()) return Qt::NoItemFlags;
  Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
  if (index.column() == ConditionColumn) flags |= Qt::ItemIsEditable;
  return flags;
}

QVariant BreakpointsModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
  switch (section) {
    case FileColumn:
      return tr("File");
    case LineColumn:
      return tr("Line");
    case ConditionColumn:
      return tr("Condition");
  }
  return {};
}

}  // namespace rw::gui
