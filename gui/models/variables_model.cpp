#include "gui/models/variables_model.h"

#include <QBrush>
#include <QFont>
#include <map>

#include "gui/models/model_colors.h"

namespace rw::gui {

namespace {

using recorder::VariableView;

// The variables of the frame with the same identity in `previous`, by name.
std::map<std::string, const VariableView*> byName(const std::vector<VariableView>& variables) {
  std::map<std::string, const VariableView*> names;
  for (const VariableView& v : variables)
    names.emplace(v.name, &v);
  return names;
}

bool differs(const VariableView& now, const VariableView* before) {
  if (!before) return now.bound;
  if (now.bound != before->bound) return true;
  return now.bound && (now.value.repr != before->value.repr || now.value.id != before->value.id);
}

}  // namespace

VariablesModel::VariablesModel(QObject* parent) : QAbstractItemModel(parent) {
  clear();
}

void VariablesModel::clear() {
  setFrame(nullptr, nullptr, 0);
}

int VariablesModel::addNode(Node node) {
  nodes_.push_back(std::move(node));
  return static_cast<int>(nodes_.size() - 1);
}

const recorder::HeapObjectView* VariablesModel::objectOf(const recorder::ValueView& value) const {
  if (value.id == 0) return nullptr;
  auto it = heap_.find(value.id);
  return it == heap_.end() || it->second->fields.empty() ? nullptr : it->second;
}

void VariablesModel::setFrame(StepStatePtr state, StepStatePtr previous, int frameRow) {
  beginResetModel();
  state_ = std::move(state);
  previous_ = std::move(previous);
  nodes_.clear();
  heap_.clear();
  for (auto& group : groups_)
    group.clear();
  frameTitle_.clear();
  // Rows past the call stack are the suspended generator frames, as in the Frames view.
  const recorder::FrameView* frame = nullptr;
  if (state_ && frameRow >= 0) {
    auto row = static_cast<size_t>(frameRow);
    if (row < state_->frames.size())
      frame = &state_->frames[row];
    else if (row - state_->frames.size() < state_->suspended.size())
      frame = &state_->suspended[row - state_->frames.size()];
  }
  if (state_) {
    for (const recorder::HeapObjectView& object : state_->heap)
      heap_.emplace(object.id, &object);
    groups_[GlobalsGroup] = state_->globals;
  }
  if (frame) {
    frameTitle_ = QString::fromStdString(frame->function);
    groups_[FrameGroup] = frame->variables;
  }
  // The same frame one step earlier (by identity), and the globals then.
  const recorder::FrameView* before = nullptr;
  if (frame && previous_) {
    for (const auto* frames : {&previous_->frames, &previous_->suspended})
      for (const recorder::FrameView& f : *frames)
        if (f.id == frame->id) before = &f;
  }
  std::map<std::string, const VariableView*> frameBefore, globalsBefore;
  if (before) frameBefore = byName(before->variables);
  if (previous_) globalsBefore = byName(previous_->globals);

  for (int group = 0; group < GroupCount; ++group) {
    Node node;
    node.kind = NodeKind::Group;
    node.row = group;
    node.childrenMade = true;
    addNode(node);
  }
  for (int group = 0; group < GroupCount; ++group) {
    const auto& names = group == FrameGroup ? frameBefore : globalsBefore;
    bool compare = group == FrameGroup ? before != nullptr : previous_ != nullptr;
    for (const VariableView& v : groups_[group]) {
      Node node;
      node.kind = NodeKind::Variable;
      node.parent = group;
      node.row = static_cast<int>(nodes_[static_cast<size_t>(group)].children.size());
      node.variable = &v;
      node.object = v.bound ? objectOf(v.value) : nullptr;
      auto it = names.find(v.name);
      node.changed = compare && differs(v, it == names.end() ? nullptr : it->second);
      int id = addNode(node);
      nodes_[static_cast<size_t>(group)].children.push_back(id);
    }
  }
  endResetModel();
}

void VariablesModel::makeChildren(int id) const {
  if (nodes_[static_cast<size_t>(id)].childrenMade) return;
  nodes_[static_cast<size_t>(id)].childrenMade = true;
  appendPage(id);
}

// Appends up to a page of fields, then a "show more" row when fields remain.
void VariablesModel::appendPage(int id) const {
  const recorder::HeapObjectView* object = nodes_[static_cast<size_t>(id)].object;
  if (!object) return;
  size_t end =
      std::min(object->fields.size(), nodes_[static_cast<size_t>(id)].shownFields + kPageSize);
  for (size_t i = nodes_[static_cast<size_t>(id)].shownFields; i < end; ++i) {
    Node node;
    node.kind = NodeKind::Field;
    node.parent = id;
    node.row = static_cast<int>(nodes_[static_cast<size_t>(id)].children.size());
    node.field = &object->fields[i];
    // A container that holds itself shows the cycle once, not forever.
    node.object = node.field->value.id == object->id ? nullptr : objectOf(node.field->value);
    nodes_.push_back(node);
    nodes_[static_cast<size_t>(id)].children.push_back(static_cast<int>(nodes_.size() - 1));
  }
  nodes_[static_cast<size_t>(id)].shownFields = end;
  if (end < object->fields.size()) {
    Node more;
    more.kind = NodeKind::More;
    more.parent = id;
    more.row = static_cast<int>(nodes_[static_cast<size_t>(id)].children.size());
    more.childrenMade = true;
    nodes_.push_back(more);
    nodes_[static_cast<size_t>(id)].children.push_back(static_cast<int>(nodes_.size() - 1));
  }
}

void VariablesModel::showMore(const QModelIndex& index) {
  int id = nodeOf(index);
  if (id < 0 || nodes_[static_cast<size_t>(id)].kind != NodeKind::More) return;
  int owner = nodes_[static_cast<size_t>(id)].parent;
  QModelIndex ownerIndex = index.parent();
  int moreRow = nodes_[static_cast<size_t>(id)].row;
  beginRemoveRows(ownerIndex, moreRow, moreRow);
  nodes_[static_cast<size_t>(owner)].children.pop_back();
  endRemoveRows();
  const recorder::HeapObjectView* object = nodes_[static_cast<size_t>(owner)].object;
  size_t shown = nodes_[static_cast<size_t>(owner)].shownFields;
  size_t added = std::min<size_t>(kPageSize, object->fields.size() - shown);
  bool moreAfter = shown + added < object->fields.size();
  int first = moreRow;
  int last = moreRow + static_cast<int>(added) - 1 + (moreAfter ? 1 : 0);
  beginInsertRows(ownerIndex, first, last);
  appendPage(owner);
  endInsertRows();
}

int VariablesModel::nodeOf(const QModelIndex& index) const {
  if (!index.isValid() || index.model() != this) return -1;
  return static_cast<int>(index.internalId());
}

QModelIndex VariablesModel::index(int row, int column, const QModelIndex& parent) const {
  if (row < 0 || column < 0 || column >= ColumnCount) return {};
  if (!parent.isValid())
    return row < GroupCount ? createIndex(row, column, quintptr(row)) : QModelIndex();
  if (parent.column() != 0) return {};
  int id = nodeOf(parent);
  if (id < 0) return {};
  makeChildren(id);
  const std::vector<int>& children = nodes_[static_cast<size_t>(id)].children;
  if (row >= static_cast<int>(children.size())) return {};
  return createIndex(row, column, quintptr(children[static_cast<size_t>(row)]));
}

QModelIndex VariablesModel::parent(const QModelIndex& child) const {
  int id = nodeOf(child);
  if (id < 0) return {};
  int parent = nodes_[static_cast<size_t>(id)].parent;
  if (parent < 0) return {};
  return createIndex(nodes_[static_cast<size_t>(parent)].row, 0, quintptr(parent));
}

int VariablesModel::rowCount(const QModelIndex& parent) const {
  if (!parent.isValid()) return GroupCount;
  if (parent.column() != 0) return 0;
  int id = nodeOf(parent);
  if (id < 0) return 0;
  makeChildren(id);
  return static_cast<int>(nodes_[static_cast<size_t>(id)].children.size());
}

bool VariablesModel::hasChildren(const QModelIndex& parent) const {
  if (!parent.isValid()) return true;
  if (parent.column() != 0 || nodeOf(parent) < 0) return false;
  const Node& node = nodes_[static_cast<size_t>(nodeOf(parent))];
  if (node.kind == NodeKind::Group) return !node.children.empty();
  return node.object != nullptr;
}

int VariablesModel::columnCount(const QModelIndex&) const {
  return ColumnCount;
}

QVariant VariablesModel::data(const QModelIndex& index, int role) const {
  int id = nodeOf(index);
  if (id < 0) return {};
  const Node& node = nodes_[static_cast<size_t>(id)];
  int column = index.column();
  switch (node.kind) {
    case NodeKind::Group:
      return groupData(node, column, role);
    case NodeKind::More: {
      if (role == ShowMoreRole) return true;
      if (role == Qt::ForegroundRole) return QBrush(colors::unbound());
      if (role != Qt::DisplayRole || column != NameColumn) return {};
      const Node& owner = nodes_[static_cast<size_t>(node.parent)];
      return tr("… %1 more (double-click to show)")
          .arg(owner.object->fields.size() - owner.shownFields);
    }
    case NodeKind::Variable:
    case NodeKind::Field:
      break;
  }
  bool bound = node.kind == NodeKind::Field || node.variable->bound;
  const recorder::ValueView& value =
      node.kind == NodeKind::Field ? node.field->value : node.variable->value;
  switch (role) {
    case ChangedRole:
      return node.changed;
    case ShowMoreRole:
      return false;
    case ObjectIdRole:
      return bound ? QVariant::fromValue<quint64>(value.id) : QVariant();
    case Qt::ForegroundRole:
      return bound ? QVariant() : QBrush(colors::unbound());
    case Qt::BackgroundRole:
      return node.changed ? QBrush(colors::changedValue()) : QVariant();
    case Qt::FontRole:
      if (!node.changed) return {};
      {
        QFont font;
        font.setBold(true);
        return font;
      }
    case Qt::ToolTipRole:
      if (node.changed && column == NameColumn) return tr("Changed by the last step");
      if (column == ValueColumn && bound) return QString::fromStdString(value.repr);
      return {};
    case Qt::DisplayRole:
      break;
    default:
      return {};
  }
  switch (column) {
    case NameColumn:
      return QString::fromStdString(node.kind == NodeKind::Field ? node.field->label
                                                                 : node.variable->name);
    case KindColumn:
      return node.kind == NodeKind::Field ? QString() : QString::fromStdString(node.variable->kind);
    case ValueColumn:
      return bound ? QString::fromStdString(value.repr) : tr("<unbound>");
    case TypeColumn:
      return bound ? QString::fromStdString(value.type) : QString();
  }
  return {};
}

QVariant VariablesModel::groupData(const Node& node, int column, int role) const {
  int group = node.row;
  if (role == Qt::FontRole) {
    QFont font;
    font.setBold(true);
    return font;
  }
  if (role == ChangedRole || role == ShowMoreRole) return false;
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
