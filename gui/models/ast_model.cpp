#include "gui/models/ast_model.h"

#include <QStringList>
#include <type_traits>
#include <utility>

namespace rw::gui {

namespace {

template <class T>
constexpr bool isNodePointer =
    std::is_pointer_v<T>&& std::is_base_of_v<syntax::Node, std::remove_pointer_t<T>>;

template <class T>
struct IsVector : std::false_type {};
template <class T>
struct IsVector<std::vector<T>> : std::true_type {};

template <class T>
constexpr bool isNodeList = false;
template <class T>
constexpr bool isNodeList<std::vector<T>> = isNodePointer<T>;

QString quoted(const std::string& text) {
  return "'" + QString::fromStdString(text) + "'";
}

// The text of a field that is not a child node; nullopt for an absent optional.
template <class T>
std::optional<QString> scalarText(const T& value) {
  if constexpr (std::is_same_v<T, std::string>) {
    return quoted(value);
  } else if constexpr (std::is_same_v<T, std::optional<std::string>>) {
    if (!value) return std::nullopt;
    return quoted(*value);
  } else if constexpr (std::is_same_v<T, int>) {
    return QString::number(value);
  } else if constexpr (std::is_same_v<T, syntax::ConstantValue>) {
    return QString::fromStdString(syntax::reprConstant(value));
  } else if constexpr (std::is_enum_v<T>) {
    return QString::fromUtf8(syntax::name(value));
  } else if constexpr (IsVector<T>::value) {
    QStringList parts;
    for (const auto& element : value)
      parts << scalarText(element).value_or("None");
    return "[" + parts.join(", ") + "]";
  } else {
    static_assert(sizeof(T) == 0, "an AST field type the model does not show");
  }
}

QString spanText(const syntax::Span& span) {
  if (span.line == 0) return {};
  return QString("%1:%2–%3:%4").arg(span.line).arg(span.col).arg(span.endLine).arg(span.endCol);
}

struct PendingChild {
  syntax::Node* node;
  int parent;
  QString label;
};

}  // namespace

AstModel::AstModel(QObject* parent) : QAbstractItemModel(parent) {}

void AstModel::setModule(std::shared_ptr<const syntax::ParsedModule> module) {
  beginResetModel();
  module_ = std::move(module);
  items_.clear();
  itemOfNode_.clear();
  if (module_ && module_->root) {
    itemOfNode_.assign(module_->byId.size(), -1);
    build(*module_->root);
  }
  endResetModel();
}

// Depth-first with an explicit stack: deeply nested expressions must not exhaust the C++ stack.
void AstModel::build(syntax::Node& root) {
  std::vector<PendingChild> stack{{&root, -1, QString::fromUtf8(syntax::nodeKindName(root.kind))}};
  while (!stack.empty()) {
    PendingChild next = std::move(stack.back());
    stack.pop_back();
    int itemIndex = static_cast<int>(items_.size());
    Item item;
    item.parent = next.parent;
    item.nodeId = next.node->id;
    item.label = next.label;
    item.span = spanText(next.node->span);
    if (next.parent >= 0) {
      Item& parent = items_[static_cast<size_t>(next.parent)];
      item.row = static_cast<int>(parent.children.size());
      parent.children.push_back(itemIndex);
    }
    if (next.node->id < itemOfNode_.size()) itemOfNode_[next.node->id] = itemIndex;

    QStringList fields;
    std::vector<PendingChild> children;
    auto childLabel = [](const QString& field, syntax::Node* child) {
      return field + ": " + QString::fromUtf8(syntax::nodeKindName(child->kind));
    };
    syntax::visitNode(*next.node, [&](auto& concrete) {
      concrete.forEachField([&](const char* name, auto& field) {
        using T = std::decay_t<decltype(field)>;
        if constexpr (isNodePointer<T>) {
          if (field)
            children.push_back({field, itemIndex, childLabel(QString::fromUtf8(name), field)});
        } else if constexpr (isNodeList<T>) {
          for (size_t i = 0; i < field.size(); ++i) {
            if (!field[i]) continue;  // a `**` entry of a dict, a keyword-only arg without default
            QString indexed = QString("%1[%2]").arg(QString::fromUtf8(name)).arg(i);
            children.push_back({field[i], itemIndex, childLabel(indexed, field[i])});
          }
        } else if (std::optional<QString> text = scalarText(field)) {
          fields << QString::fromUtf8(name) + "=" + *text;
        }
      });
    });
    item.fields = fields.join("  ");
    items_.push_back(std::move(item));
    for (auto it = children.rbegin(); it != children.rend(); ++it)
      stack.push_back(std::move(*it));
  }
}

QModelIndex AstModel::indexForNode(uint32_t nodeId) const {
  if (nodeId >= itemOfNode_.size() || itemOfNode_[nodeId] < 0) return {};
  int item = itemOfNode_[nodeId];
  return createIndex(items_[static_cast<size_t>(item)].row, 0, static_cast<quintptr>(item));
}

std::optional<uint32_t> AstModel::nodeId(const QModelIndex& index) const {
  if (!index.isValid() || index.model() != this) return std::nullopt;
  return items_[index.internalId()].nodeId;
}

QModelIndex AstModel::index(int row, int column, const QModelIndex& parent) const {
  if (row < 0 || column < 0 || column >= ColumnCount) return {};
  if (!parent.isValid()) {
    if (row != 0 || items_.empty()) return {};
    return createIndex(0, column, quintptr{0});
  }
  if (parent.column() != 0) return {};
  const Item& item = items_[parent.internalId()];
  if (row >= static_cast<int>(item.children.size())) return {};
  return createIndex(row, column, static_cast<quintptr>(item.children[static_cast<size_t>(row)]));
}

QModelIndex AstModel::parent(const QModelIndex& child) const {
  if (!child.isValid()) return {};
  int parent = items_[child.internalId()].parent;
  if (parent < 0) return {};
  return createIndex(items_[static_cast<size_t>(parent)].row, 0, static_cast<quintptr>(parent));
}

int AstModel::rowCount(const QModelIndex& parent) const {
  if (!parent.isValid()) return items_.empty() ? 0 : 1;
  if (parent.column() != 0) return 0;
  return static_cast<int>(items_[parent.internalId()].children.size());
}

int AstModel::columnCount(const QModelIndex&) const {
  return ColumnCount;
}

QVariant AstModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid()) return {};
  const Item& item = items_[index.internalId()];
  if (role == NodeIdRole) return item.nodeId;
  if (role == Qt::ToolTipRole) {
    // The fields column is often too narrow for them all.
    if (index.column() == FieldsColumn && !item.fields.isEmpty()) return item.fields;
    return QString("node %1").arg(item.nodeId);
  }
  if (role != Qt::DisplayRole) return {};
  switch (index.column()) {
    case NodeColumn:
      return item.label;
    case FieldsColumn:
      return item.fields;
    case SpanColumn:
      return item.span;
  }
  return {};
}

QVariant AstModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
  switch (section) {
    case NodeColumn:
      return tr("Node");
    case FieldsColumn:
      return tr("Fields");
    case SpanColumn:
      return tr("Span");
  }
  return {};
}

}  // namespace rw::gui
