#include "gui/models/variables_model.h"

#include <QBrush>
#include <QFont>

#include "gui/models/model_colors.h"

namespace rw::gui {

namespace {

// Group rows carry internal id 0; a variable row carries its group + 1.
constexpr quintptr kGroupRow = 0;

}  // namespace

VariablesModel::VariablesModel(QObject* parent) : QAbstractItemModel(parent) {}

void VariablesModel::setVariables(const QString& frameTitle,
                                  std::vector<recorder::VariableView> frameVariables,
                                  std::vector<recorder::VariableView> globals) {
  beginResetModel();
  frameTitle_ = frameTitle;
  groups_[FrameGroup] = std::move(frameVariables);
  groups_[GlobalsGroup] = std::move(globals);
  endResetModel();
}

void VariablesModel::clear() {
  setVariables({}, {}, {});
}

QModelIndex VariablesModel::index(int row, int column, const QModelIndex& parent) const {
  if (row < 0 || column < 0 || column >= ColumnCount) return {};
  if (!parent.isValid())
    return row < GroupCount ? createIndex(row, column, kGroupRow) : QModelIndex();
  if (parent.internalId() != kGroupRow || parent.column() != 0) return {};
  if (row >= static_cast<int>(groups_[parent.row()].size())) return {};
  return createIndex(row, column, static_cast<quintptr>(parent.row() + 1));
}

QModelIndex VariablesModel::parent(const QModelIndex& child) const {
  if (!child.isValid() || child.internalId() == kGroupRow) return {};
  return createIndex(static_cast<int>(child.internalId() - 1), 0, kGroupRow);
}

int VariablesModel::rowCount(const QModelIndex& parent) const {
  if (!parent.isValid()) return GroupCount;
  if (parent.internalId() != kGroupRow || parent.column() != 0) return 0;
  return static_cast<int>(groups_[parent.row()].size());
}

int VariablesModel::columnCount(const QModelIndex&) const {
  return ColumnCount;
}

QVariant VariablesModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid()) return {};
  if (index.internalId() == kGroupRow) return groupData(index.row(), index.column(), role);
  const auto& group = groups_[index.internalId() - 1];
  return variableData(group[static_cast<size_t>(index.row())], index.column(), role);
}

QVariant VariablesModel::groupData(int group, int column, int role) const {
  if (role == Qt::FontRole) {
    QFont font;
    font.setBold(true);
    return font;
  }
  if (role != Qt::DisplayRole) return {};
  if (column == NameColumn) {
    if (group == GlobalsGroup) return tr("Globals");
    return frameTitle_.isEmpty() ? tr("Frame") : tr("Frame: %1").arg(frameTitle_);
  }
  if (column == ValueColumn) {
    size_t count = groups_[group].size();
    return count == 1 ? tr("1 variable") : tr("%1 variables").arg(count);
  }
  return {};
}

QVariant VariablesModel::variableData(const recorder::VariableView& variable, int column,
                                      int role) const {
  if (role == Qt::ForegroundRole) return variable.bound ? QVariant() : QBrush(colors::unbound());
  if (role == Qt::ToolTipRole && column == ValueColumn && variable.bound)
    return QString::fromStdString(variable.value.repr);
  if (role != Qt::DisplayRole) return {};
  switch (column) {
    case NameColumn:
      return QString::fromStdString(variable.name);
    case KindColumn:
      return QString::fromStdString(variable.kind);
    case ValueColumn:
      return variable.bound ? QString::fromStdString(variable.value.repr) : tr("<unbound>");
    case TypeColumn:
      return variable.bound ? QString::fromStdString(variable.value.type) : QString();
  }
  return {};
}

QVariant VariablesModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
  switch (section) {
    case NameColumn:
      return tr("Name");
    case KindColumn:
      return tr("Kind");
    case ValueColumn:
      return tr("Value");
    case TypeColumn:
      return tr("Type");
  }
  return {};
}

}  // namespace rw::gui
