// The fields of one code object besides its instructions, as a tree: co_consts, co_names,
// co_varnames, co_cellvars and co_freevars with their items by index, then the counts and
// flags (co_argcount, co_posonlyargcount, co_kwonlyargcount, co_stacksize, co_flags).
#pragma once

#include <QAbstractItemModel>

#include "gui/session/trace_info.h"

namespace rw::gui {

class CodeFieldsModel : public QAbstractItemModel {
  Q_OBJECT

 public:
  enum Column { FieldColumn, ValueColumn, ColumnCount };
  // The fields with items, in the order of the tree's first rows.
  enum ListField { Consts, Names, Varnames, Cellvars, Freevars, ListFieldCount };

  explicit CodeFieldsModel(QObject* parent = nullptr);

  // Shows the fields of `code` (null: nothing); `trace` owns it and is kept alive.
  void setCode(TraceInfoPtr trace, const recorder::CodeInfo* code);
  const recorder::CodeInfo* code() const { return code_; }
  QModelIndex fieldIndex(ListField field) const { return index(field, 0); }

  QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
  QModelIndex parent(const QModelIndex& child) const override;
  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation,
                      int role = Qt::DisplayRole) const override;

 private:
  const std::vector<std::string>& items(ListField field) const;
  // The rows after the list fields: name and value of each number.
  std::vector<std::pair<QString, QString>> scalars() const;

  TraceInfoPtr trace_;
  const recorder::CodeInfo* code_ = nullptr;
};

}  // namespace rw::gui
