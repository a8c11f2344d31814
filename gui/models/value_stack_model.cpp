#include "gui/models/value_stack_model.h"

#include <QBrush>
#include <algorithm>

#include "gui/models/model_colors.h"

namespace rw::gui {

ValueStackModel::ValueStackModel(QObject* parent) : QAbstractTableModel(parent) {}

void ValueStackModel::setStack(std::vector<recorder::ValueView> stack, int pops) {
  int before = static_cast<int>(stack_.size()), after = static_cast<int>(stack.size());
  if (after < before) {
    beginRemoveRows({}, after, before - 1);
    stack_.resize(static_cast<size_t>(after));
    endRemoveRows();
  }
  int firstPopped = after - pops;
  int firstChanged = std::min(before, after), lastChanged = -1;
  for (int row = 0; row < std::min(before, after); ++row) {
    recorder::ValueView& old = stack_[static_cast<size_t>(row)];
    recorder::ValueView& now = stack[static_cast<size_t>(row)];
    if (old.repr != now.repr || old.type != now.type || popped(row) != (row >= firstPopped)) {
      firstChanged = std::min(firstChanged, row);
      lastChanged = row;
    }
    old = std::move(now);
  }
  pops_ = pops;
  firstPopped_ = firstPopped;
  if (lastChanged >= 0)
    emit dataChanged(index(firstChanged, 0), index(lastChanged, ColumnCount - 1));
  if (after > before) {
    beginInsertRows({}, before, after - 1);
    for (int row = before; row < after; ++row)
      stack_.push_back(std::move(stack[static_cast<size_t>(row)]));
    endInsertRows();
  }
}

bool ValueStackModel::popped(int row) const {
  return row >= firstPopped_;
}

int ValueStackModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(stack_.size());
}

int ValueStackModel::columnCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : ColumnCount;
}

QVariant ValueStackModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid()) return {};
  const recorder::ValueView& value = stack_[static_cast<size_t>(index.row())];
  bool isPopped = popped(index.row());
  switch (role) {
    case PoppedRole:
      return isPopped;
    case Qt::BackgroundRole:
      return isPopped ? QBrush(colors::poppedValue()) : QVariant();
    case Qt::ToolTipRole:
      return QString::fromStdString(value.repr);
    case Qt::DisplayRole:
      break;
    default:
      return {};
  }
  switch (index.column()) {
    case SlotColumn:
      return index.row();
    case ValueColumn:
      return QString::fromStdString(value.repr);
    case TypeColumn:
      return QString::fromStdString(value.type);
    case EffectColumn:
      return isPopped ? tr("popped") : QString();
  }
  return {};
}

QVariant ValueStackModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
  switch (section) {
    case SlotColumn:
      return tr("Slot");
    case ValueColumn:
      return tr("Value");
    case TypeColumn:
      return tr("Type");
    case EffectColumn:
      return tr("Next instruction");
  }
  return {};
}

}  // namespace rw::gui
