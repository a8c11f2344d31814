#include "gui/models/tokens_model.h"

#include <QBrush>
#include <algorithm>

#include "gui/models/model_colors.h"

namespace rw::gui {

namespace {

using Position = std::pair<int, int>;  // line, byte column

Position startOf(const syntax::Token& t) {
  return {t.start.line, t.start.byteCol};
}
Position endOf(const syntax::Token& t) {
  return {t.end.line, t.end.byteCol};
}

QString visibleText(const syntax::Token& t) {
  switch (t.type) {
    case syntax::TokenType::INDENT:
      return QString("→").repeated(std::max<int>(1, static_cast<int>(t.text.size())));
    case syntax::TokenType::DEDENT:
      return QStringLiteral("←");
    case syntax::TokenType::NEWLINE:
    case syntax::TokenType::NL:
      return t.text.empty() ? QString() : QStringLiteral("↵");
    default:
      return QString::fromUtf8(t.text);
  }
}

}  // namespace

TokensModel::TokensModel(QObject* parent) : QAbstractTableModel(parent) {}

const std::vector<syntax::Token>& TokensModel::tokens() const {
  static const std::vector<syntax::Token> none;
  return document_ ? document_->tokens : none;
}

void TokensModel::setDocument(TraceInfoPtr trace, const SourceDocument* document) {
  beginResetModel();
  trace_ = document ? std::move(trace) : nullptr;
  document_ = document;
  marked_ = {0, 0};
  endResetModel();
}

void TokensModel::setSpan(const recorder::SourceSpan& span) {
  std::pair<int, int> marked{0, 0};
  const std::vector<syntax::Token>& all = tokens();
  Position from{span.line, span.col}, to{span.endLine, span.endCol};
  if (span.line > 0 && from < to) {
    auto first =
        std::lower_bound(all.begin(), all.end(), from,
                         [](const syntax::Token& t, const Position& p) { return startOf(t) < p; });
    auto last = first;
    while (last != all.end() && endOf(*last) <= to && startOf(*last) < to)
      ++last;
    marked = {static_cast<int>(first - all.begin()), static_cast<int>(last - all.begin())};
  }
  if (marked == marked_) return;
  std::pair<int, int> old = marked_;
  marked_ = marked;
  for (auto range : {old, marked_})
    if (range.first < range.second)
      emit dataChanged(index(range.first, 0), index(range.second - 1, ColumnCount - 1),
                       {Qt::BackgroundRole, MarkedRole});
}

int TokensModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(tokens().size());
}

int TokensModel::columnCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : ColumnCount;
}

QVariant TokensModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid() || index.row() >= rowCount()) return {};
  const syntax::Token& t = tokens()[static_cast<size_t>(index.row())];
  bool marked = index.row() >= marked_.first && index.row() < marked_.second;
  if (role == MarkedRole) return marked;
  if (role == Qt::BackgroundRole) return marked ? QBrush(colors::markedToken()) : QVariant();
  if (role == Qt::ToolTipRole && index.column() == TextColumn)
    return QString::fromUtf8(t.text).toHtmlEscaped();
  if (role != Qt::DisplayRole) return {};
  switch (index.column()) {
    case TypeColumn:
      return QString::fromUtf8(syntax::tokenTypeName(t.type).data(),
                               static_cast<qsizetype>(syntax::tokenTypeName(t.type).size()));
    case TextColumn:
      return visibleText(t);
    case StartColumn:
      return QString("%1:%2").arg(t.start.line).arg(t.start.col);
    case EndColumn:
      return QString("%1:%2").arg(t.end.line).arg(t.end.col);
  }
  return {};
}

QVariant TokensModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
  switch (section) {
    case TypeColumn:
      return tr("Type");
    case TextColumn:
      return tr("Text");
    case StartColumn:
      return tr("Start");
    case EndColumn:
      return tr("End");
  }
  return {};
}

}  // namespace rw::gui
