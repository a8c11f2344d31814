// The exception table of one code object: which instruction ranges jump where, at which
// stack depth, when an exception is raised inside them.
#pragma once

#include <QAbstractTableModel>

#include "gui/session/trace_info.h"

namespace rw::gui {

class ExceptionTableModel : public QAbstractTableModel {
  Q_OBJECT

 public:
  enum Column { StartColumn, EndColumn, TargetColumn, DepthColumn, LastiColumn, ColumnCount };

  explicit ExceptionTableModel(QObject* parent = nullptr);

  // Shows the table of `code` (null: nothing); `trace` owns it and is kept alive.
  void setCode(TraceInfoPtr trace, const recorder::CodeInfo* code);

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation,
                      int role = Qt::DisplayRole) const override;

 private:
  TraceInfoPtr trace_;
  const recorder::CodeInfo* code_ = nullptr;
};

}  // namespace rw::gui
