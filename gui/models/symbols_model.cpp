#include "gui/models/symbols_model.h"

#include <QBrush>
#include <QFont>
#include <QStringList>

#include "gui/models/model_colors.h"

namespace rw::gui {

namespace {

QString usageWords(const Symbol& symbol) {
  QStringList words;
  if (symbol.flags & kDefParam) words << QObject::tr("parameter");
  if (symbol.scope == SymbolScope::GlobalExplicit) words << QObject::tr("declared");
  if (symbol.flags & kUse) words << QObject::tr("referenced");
  if (symbol.flags & kDefLocal) words << QObject::tr("assigned");
  if (symbol.flags & kDefImport) words << QObject::tr("imported");
  if (symbol.flags & kDefAnnotated) words << QObject::tr("annotated");
  return words.join(", ");
}

QString scopeTitle(const Scope& scope) {
  switch (scope.type) {
    case BlockType::Module:
      return QObject::tr("module");
    case BlockType::Class:
      return QObject::tr("class %1").arg(QString::fromStdString(scope.name));
    case BlockType::Function:
      break;
  }
  return QObject::tr("function %1").arg(QString::fromStdString(scope.name));
}

}  // namespace

SymbolsModel::SymbolsModel(QObject* parent) : QAbstractItemModel(parent) {}

void SymbolsModel::setDocument(TraceInfoPtr trace, const SourceDocument* document) {
  beginResetModel();
  items_.clear();
  roots_.clear();
  current_ = -1;
  trace_ = std::move(trace);
  if (document && document->symbols && document->symbols->top)
    addScope(*document->symbols->top, -1);
  endResetModel();
}

void SymbolsModel::addScope(const Scope& scope, int parent) {
  Item item;
  item.parent = parent;
  item.scope = true;
  item.astNode = scope.node ? scope.node->id : 0;
  item.name = scopeTitle(scope);
  item.kind = scope.line > 0 ? tr("line %1").arg(scope.line) : QString();
  QStringList traits;
  if (scope.nested) traits << tr("nested");
  if (scope.generator) traits << tr("generator");
  if (scope.coroutine) traits << tr("coroutine");
  if (scope.comprehension) traits << tr("comprehension");
  item.usage = traits.join(", ");
  std::vector<int>& siblings = parent < 0 ? roots_ : items_[static_cast<size_t>(parent)].children;
  item.row = static_cast<int>(siblings.size());
  items_.push_back(item);
  int id = static_cast<int>(items_.size() - 1);
  (parent < 0 ? roots_ : items_[static_cast<size_t>(parent)].children).push_back(id);

  const Scope* top = &scope;
  while (top->parent)
    top = top->parent;
  for (const Symbol& symbol : scope.symbols) {
    Item name;
    name.parent = id;
    name.row = static_cast<int>(items_[static_cast<size_t>(id)].children.size());
    name.name = QString::fromStdString(symbol.name);
    name.kind = QString::fromUtf8(rw::symbolKind(scope, symbol, *top, trace_->builtinNames));
    name.usage = usageWords(symbol);
    items_.push_back(name);
    items_[static_cast<size_t>(id)].children.push_back(static_cast<int>(items_.size() - 1));
  }
  for (const auto& child : scope.children)
    addScope(*child, id);
}

void SymbolsModel::setCurrentScope(std::optional<uint32_t> astNode) {
  int found = -1;
  if (astNode)
    for (size_t i = 0; i < items_.size() && found < 0; ++i)
      if (items_[i].scope && items_[i].astNode == *astNode) found = static_cast<int>(i);
  if (found == current_) return;
  int old = current_;
  current_ = found;
  for (int item : {old, current_})
    if (item >= 0) {
      QModelIndex at = indexOfItem(item);
      emit dataChanged(at, at.siblingAtColumn(ColumnCount - 1),
                       {Qt::FontRole, Qt::BackgroundRole, CurrentScopeRole});
    }
}

QModelIndex SymbolsModel::currentScopeIndex() const {
  return current_ < 0 ? QModelIndex() : indexOfItem(current_);
}

QModelIndex SymbolsModel::indexOfScopeNode(uint32_t astNode) const {
  for (size_t i = 0; i < items_.size(); ++i)
    if (items_[i].scope && items_[i].astNode == astNode) return indexOfItem(static_cast<int>(i));
  return {};
}

QModelIndex SymbolsModel::indexOfItem(int item) const {
  return createIndex(items_[static_cast<size_t>(item)].row, 0, quintptr(item));
}

QModelIndex SymbolsModel::index(int row, int column, const QModelIndex& parent) const {
  if (row < 0 || column < 0 || column >= ColumnCount) return {};
  if (parent.isValid() && parent.column() != 0) return {};
  const std::vector<int>& siblings =
      parent.isValid() ? items_[parent.internalId()].children : roots_;
  if (row >= static_cast<int>(siblings.size())) return {};
  return createIndex(row, column, quintptr(siblings[static_cast<size_t>(row)]));
}

QModelIndex SymbolsModel::parent(const QModelIndex& child) const {
  if (!child.isValid()) return {};
  int parent = items_[child.internalId()].parent;
  return parent < 0 ? QModelIndex() : indexOfItem(parent);
}

int SymbolsModel::rowCount(const QModelIndex& parent) const {
  if (!parent.isValid()) return static_cast<int>(roots_.size());
  if (parent.column() != 0) return 0;
  return static_cast<int>(items_[parent.internalId()].children.size());
}

int SymbolsModel::columnCount(const QModelIndex&) const {
  return ColumnCount;
}

QVariant SymbolsModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid()) return {};
  const Item& item = items_[index.internalId()];
  bool current = static_cast<int>(index.internalId()) == current_;
  if (role == CurrentScopeRole) return current;
  if (role == Qt::FontRole && item.scope) {
    QFont font;
    font.setBold(true);
    return font;
  }
  if (role == Qt::BackgroundRole && current) return QBrush(colors::currentLine());
  if (role != Qt::DisplayRole) return {};
  switch (index.column()) {
    case NameColumn:
      return item.name;
    case KindColumn:
      return item.kind;
    case UsageColumn:
      return item.usage;
  }
  return {};
}

QVariant SymbolsModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
  switch (section) {
    case NameColumn:
      return tr("Name");
    case KindColumn:
      return tr("Kind");
    case UsageColumn:
      return tr("Usage");
  }
  return {};
}

}  // namespace rw::gui
