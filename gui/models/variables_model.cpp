#include "gui/models/variables_model.h"

#include <QBrush>
#include <QFont>
#include <algorithm>
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

bool sameNamespace(const std::vector<VariableView>& a, const std::vector<VariableView>& b) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                    [](const VariableView& x, const VariableView& y) {
                      return x.name == y.name && x.bound == y.bound && x.value.id == y.value.id &&
                             x.value.repr == y.value.repr;
                    });
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

int VariablesModel::addNode(Node node) const {
  if (freeNodes_.empty()) {
    nodes_.push_back(std::move(node));
    return static_cast<int>(nodes_.size() - 1);
  }
  int id = freeNodes_.back();
  freeNodes_.pop_back();
  nodes_[static_cast<size_t>(id)] = std::move(node);
  return id;
}

const recorder::HeapObjectView* VariablesModel::objectOf(const recorder::ValueView& value) const {
  if (value.id == 0) return nullptr;
  auto it = heap_.find(value.id);
  return it == heap_.end() || it->second->fields.empty() ? nullptr : it->second;
}

void VariablesModel::indexHeap() {
  heap_.clear();
  if (state_)
    for (const recorder::HeapObjectView& object : state_->heap)
      heap_.emplace(object.id, &object);
}

QModelIndex VariablesModel::indexOfNode(int id, int column) const {
  return createIndex(nodes_[static_cast<size_t>(id)].row, column, quintptr(id));
}

bool VariablesModel::isModuleBody(const recorder::FrameView& frame,
                                  const recorder::StepState& state) {
  return frame.function == "<module>" && sameNamespace(frame.variables, state.globals);
}

std::vector<recorder::VariableView> VariablesModel::frameVariables(
    const recorder::FrameView& frame, const recorder::StepState& state) {
  if (isModuleBody(frame, state)) return {};
  return frame.variables;
}

VariablesModel::Content VariablesModel::contentOf(const StepStatePtr& state,
                                                  const StepStatePtr& previous, int frameRow) {
  Content content;
  // Rows past the call stack are the suspended generator frames, as in the Frames view.
  const recorder::FrameView* frame = nullptr;
  if (state && frameRow >= 0) {
    auto row = static_cast<size_t>(frameRow);
    if (row < state->frames.size())
      frame = &state->frames[row];
    else if (row - state->frames.size() < state->suspended.size())
      frame = &state->suspended[row - state->frames.size()];
  }
  if (state) content.groups[GlobalsGroup] = state->globals;
  if (frame) {
    content.frameTitle = QString::fromStdString(frame->function);
    content.moduleBody = state && isModuleBody(*frame, *state);
    if (state) content.groups[FrameGroup] = frameVariables(*frame, *state);
  }
  // The same frame one step earlier (by identity), and the globals then.
  const recorder::FrameView* before = nullptr;
  if (frame && previous) {
    for (const auto* frames : {&previous->frames, &previous->suspended})
      for (const recorder::FrameView& f : *frames)
        if (f.id == frame->id) before = &f;
  }
  std::map<std::string, const VariableView*> frameBefore, globalsBefore;
  if (before) frameBefore = byName(before->variables);
  if (previous) globalsBefore = byName(previous->globals);
  for (int group = 0; group < GroupCount; ++group) {
    const auto& names = group == FrameGroup ? frameBefore : globalsBefore;
    bool compare = group == FrameGroup ? before != nullptr : previous != nullptr;
    for (const VariableView& v : content.groups[group]) {
      auto it = names.find(v.name);
      content.changed[group].push_back(compare &&
                                       differs(v, it == names.end() ? nullptr : it->second));
    }
  }
  return content;
}

void VariablesModel::setFrame(StepStatePtr state, StepStatePtr previous, int frameRow) {
  Content content = contentOf(state, previous, frameRow);
  if (state && state_)
    update(std::move(state), std::move(previous), std::move(content));
  else
    reset(std::move(state), std::move(previous), std::move(content));
}

void VariablesModel::reset(StepStatePtr state, StepStatePtr previous, Content content) {
  beginResetModel();
  state_ = std::move(state);
  previous_ = std::move(previous);
  nodes_.clear();
  freeNodes_.clear();
  indexHeap();
  frameTitle_ = content.frameTitle;
  moduleBody_ = content.moduleBody;
  for (int group = 0; group < GroupCount; ++group) {
    groups_[group] = std::move(content.groups[group]);
    Node node;
    node.kind = NodeKind::Group;
    node.row = group;
    node.childrenMade = true;
    addNode(node);
  }
  for (int group = 0; group < GroupCount; ++group) {
    for (size_t i = 0; i < groups_[group].size(); ++i) {
      const VariableView& v = groups_[group][i];
      Node node;
      node.kind = NodeKind::Variable;
      node.parent = group;
      node.row = static_cast<int>(i);
      node.variable = &v;
      node.object = v.bound ? objectOf(v.value) : nullptr;
      node.changed = content.changed[group][i];
      int id = addNode(node);
      nodes_[static_cast<size_t>(group)].children.push_back(id);
    }
  }
  endResetModel();
}

void VariablesModel::update(StepStatePtr state, StepStatePtr previous, Content content) {
  // The old rows point into the old state and variables: both live until the end.
  StepStatePtr oldState = std::exchange(state_, std::move(state));
  std::vector<VariableView> oldGroups[GroupCount];
  for (int group = 0; group < GroupCount; ++group)
    oldGroups[group] = std::move(groups_[group]);
  previous_ = std::move(previous);
  indexHeap();
  bool titleChanged = frameTitle_ != content.frameTitle || moduleBody_ != content.moduleBody;
  frameTitle_ = content.frameTitle;
  moduleBody_ = content.moduleBody;
  for (int group = 0; group < GroupCount; ++group) {
    size_t countBefore = oldGroups[group].size();
    updateGroup(static_cast<Group>(group), std::move(content.groups[group]),
                content.changed[group]);
    if ((group == FrameGroup && titleChanged) || countBefore != groups_[group].size())
      emit dataChanged(indexOfNode(group), indexOfNode(group, ColumnCount - 1));
  }
}

// The rows keep their places as far as the names agree; past that they are replaced.
void VariablesModel::updateGroup(Group group, std::vector<VariableView> variables,
                                 const std::vector<bool>& changed) {
  auto id = static_cast<size_t>(group);
  size_t kept = 0;
  while (kept < nodes_[id].children.size() && kept < variables.size() &&
         nodes_[static_cast<size_t>(nodes_[id].children[kept])].variable->name ==
             variables[kept].name)
    ++kept;
  groups_[group] = std::move(variables);
  const std::vector<VariableView>& now = groups_[group];
  for (size_t i = 0; i < kept; ++i) {
    int child = nodes_[id].children[i];
    Node& node = nodes_[static_cast<size_t>(child)];
    const VariableView& before = *node.variable;
    const VariableView& v = now[i];
    bool shownDiffers =
        before.kind != v.kind || before.bound != v.bound || node.changed != changed[i] ||
        (v.bound && (before.value.repr != v.value.repr || before.value.type != v.value.type ||
                     before.value.id != v.value.id));
    node.variable = &v;
    node.changed = changed[i];
    bool couldOpen = node.object != nullptr;
    updateFields(child, v.bound ? objectOf(v.value) : nullptr);
    // One row at a time: the tree view then also learns whether the row opens now.
    if (shownDiffers || couldOpen != (nodes_[static_cast<size_t>(child)].object != nullptr))
      emit dataChanged(indexOfNode(child), indexOfNode(child, ColumnCount - 1));
  }
  removeRowsFrom(group, static_cast<int>(kept));
  if (kept == now.size()) return;
  beginInsertRows(indexOfNode(group), static_cast<int>(kept), static_cast<int>(now.size()) - 1);
  for (size_t i = kept; i < now.size(); ++i) {
    Node node;
    node.kind = NodeKind::Variable;
    node.parent = group;
    node.row = static_cast<int>(i);
    node.variable = &now[i];
    node.object = now[i].bound ? objectOf(now[i].value) : nullptr;
    node.changed = changed[i];
    int child = addNode(node);
    nodes_[id].children.push_back(child);
  }
  endInsertRows();
}

// As many fields stay shown as before (at least a page); those whose labels agree keep their
// rows (and what is opened below them), the rest and the "show more" row are replaced.
void VariablesModel::updateFields(int id, const recorder::HeapObjectView* object) {
  auto at = static_cast<size_t>(id);
  if (!nodes_[at].childrenMade) {
    nodes_[at].object = object;
    return;
  }
  if (!object) {
    removeRowsFrom(id, 0);
    nodes_[at].object = nullptr;
    nodes_[at].shownFields = 0;
    return;
  }
  const recorder::HeapObjectView* old = nodes_[at].object;
  size_t oldShown = old ? nodes_[at].shownFields : 0;
  size_t shown =
      std::min(object->fields.size(), std::max(oldShown, static_cast<size_t>(kPageSize)));
  size_t kept = 0;
  while (kept < std::min(oldShown, shown) && old->fields[kept].label == object->fields[kept].label)
    ++kept;
  bool keepsMore = kept == oldShown && kept == shown && old &&
                   (oldShown < old->fields.size()) == (shown < object->fields.size());
  nodes_[at].object = object;
  for (size_t i = 0; i < kept; ++i) {
    int child = nodes_[at].children[i];
    Node& node = nodes_[static_cast<size_t>(child)];
    const recorder::HeapField& before = *node.field;
    const recorder::HeapField& field = object->fields[i];
    bool shownDiffers = before.value.repr != field.value.repr ||
                        before.value.type != field.value.type || before.value.id != field.value.id;
    node.field = &field;
    bool couldOpen = node.object != nullptr;
    updateFields(child, field.value.id == object->id ? nullptr : objectOf(field.value));
    if (shownDiffers || couldOpen != (nodes_[static_cast<size_t>(child)].object != nullptr))
      emit dataChanged(indexOfNode(child), indexOfNode(child, ColumnCount - 1));
  }
  if (keepsMore) {
    if (old->fields.size() != object->fields.size()) {
      int more = nodes_[at].children.back();
      emit dataChanged(indexOfNode(more), indexOfNode(more, ColumnCount - 1));
    }
    return;
  }
  removeRowsFrom(id, static_cast<int>(kept));
  nodes_[at].shownFields = kept;
  size_t added = shown - kept + (shown < object->fields.size() ? 1 : 0);
  if (added == 0) return;
  beginInsertRows(indexOfNode(id), static_cast<int>(kept), static_cast<int>(kept + added) - 1);
  appendFields(id, shown);
  endInsertRows();
}

void VariablesModel::removeRowsFrom(int id, int first) {
  auto at = static_cast<size_t>(id);
  int count = static_cast<int>(nodes_[at].children.size());
  if (first >= count) return;
  beginRemoveRows(indexOfNode(id), first, count - 1);
  for (int row = first; row < count; ++row)
    freeSubtree(nodes_[at].children[static_cast<size_t>(row)]);
  nodes_[at].children.resize(static_cast<size_t>(first));
  endRemoveRows();
}

void VariablesModel::freeSubtree(int id) {
  auto at = static_cast<size_t>(id);
  for (int child : nodes_[at].children)
    freeSubtree(child);
  nodes_[at] = Node{};
  freeNodes_.push_back(id);
}

void VariablesModel::makeChildren(int id) const {
  if (nodes_[static_cast<size_t>(id)].childrenMade) return;
  nodes_[static_cast<size_t>(id)].childrenMade = true;
  appendPage(id);
}

// Appends rows for the fields after those shown up to `end`, then a "show more" row when
// fields remain.
void VariablesModel::appendFields(int id, size_t end) const {
  const recorder::HeapObjectView* object = nodes_[static_cast<size_t>(id)].object;
  if (!object) return;
  for (size_t i = nodes_[static_cast<size_t>(id)].shownFields; i < end; ++i) {
    Node node;
    node.kind = NodeKind::Field;
    node.parent = id;
    node.row = static_cast<int>(nodes_[static_cast<size_t>(id)].children.size());
    node.field = &object->fields[i];
    // A container that holds itself shows the cycle once, not forever.
    node.object = node.field->value.id == object->id ? nullptr : objectOf(node.field->value);
    int child = addNode(std::move(node));
    nodes_[static_cast<size_t>(id)].children.push_back(child);
  }
  nodes_[static_cast<size_t>(id)].shownFields = end;
  if (end < object->fields.size()) {
    Node more;
    more.kind = NodeKind::More;
    more.parent = id;
    more.row = static_cast<int>(nodes_[static_cast<size_t>(id)].children.size());
    more.childrenMade = true;
    int child = addNode(std::move(more));
    nodes_[static_cast<size_t>(id)].children.push_back(child);
  }
}

// Appends up to a page of fields.
void VariablesModel::appendPage(int id) const {
  const recorder::HeapObjectView* object = nodes_[static_cast<size_t>(id)].object;
  if (!object) return;
  appendFields(
      id, std::min(object->fields.size(), nodes_[static_cast<size_t>(id)].shownFields + kPageSize));
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
    if (group == FrameGroup && moduleBody_) return tr("the globals, below");
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
