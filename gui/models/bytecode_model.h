// The instructions of one code object, laid out like `dis`: line (where it changes), jump
// target marker, offset, opname, argument and what the argument means. The instruction about
// to execute is marked.
#pragma once

#include <QAbstractTableModel>
#include <optional>

#include "gui/session/trace_info.h"

namespace rw::gui {

class BytecodeModel : public QAbstractTableModel {
  Q_OBJECT

 public:
  enum Column {
    LineColumn,
    TargetColumn,
    OffsetColumn,
    OpnameColumn,
    ArgColumn,
    MeaningColumn,
    ColumnCount
  };
  static constexpr int CurrentRole = Qt::UserRole + 1;

  explicit BytecodeModel(QObject* parent = nullptr);

  // Shows `code` (null: nothing); `trace` owns it and is kept alive while it is shown.
  void setCode(TraceInfoPtr trace, const recorder::CodeInfo* code);
  const recorder::CodeInfo* code() const { return code_; }
  // The row of the instruction about to execute (instruction offsets are row numbers).
  void setCurrentOffset(std::optional<uint32_t> offset);
  std::optional<uint32_t> currentOffset() const { return current_; }

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation,
                      int role = Qt::DisplayRole) const override;

 private:
  TraceInfoPtr trace_;
  const recorder::CodeInfo* code_ = nullptr;
  std::optional<uint32_t> current_;
};

}  // namespace rw::gui
