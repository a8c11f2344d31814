// The token stream of one source, as the tokenizer produced it: type, text (INDENT, DEDENT
// and line ends made visible), start and end. The tokens inside the current instruction's
// AST node are marked.
#pragma once

#include <QAbstractTableModel>
#include <utility>

#include "gui/session/trace_info.h"

namespace rw::gui {

class TokensModel : public QAbstractTableModel {
  Q_OBJECT

 public:
  enum Column { TypeColumn, TextColumn, StartColumn, EndColumn, ColumnCount };
  static constexpr int MarkedRole = Qt::UserRole + 1;

  explicit TokensModel(QObject* parent = nullptr);

  // Shows the tokens of `document` (null: nothing); `trace` owns it and is kept alive.
  void setDocument(TraceInfoPtr trace, const SourceDocument* document);
  // Marks the tokens inside the span (a span without a line marks nothing).
  void setSpan(const recorder::SourceSpan& span);
  // The marked rows [first, second); (0, 0) for none.
  std::pair<int, int> markedRows() const { return marked_; }

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation,
                      int role = Qt::DisplayRole) const override;

 private:
  const std::vector<syntax::Token>& tokens() const;

  TraceInfoPtr trace_;
  const SourceDocument* document_ = nullptr;
  std::pair<int, int> marked_{0, 0};
};

}  // namespace rw::gui
