// The call stack at one step, innermost frame first, then the frames of generators that
// are not running (suspended at a yield, or not started), greyed.
#pragma once

#include <QAbstractTableModel>
#include <vector>

#include "gui/session/trace_info.h"

namespace rw::gui {

class FramesModel : public QAbstractTableModel {
  Q_OBJECT

 public:
  enum Column { FunctionColumn, LineColumn, OffsetColumn, StateColumn, FileColumn, ColumnCount };
  static constexpr int FrameIdRole = Qt::UserRole + 1;

  explicit FramesModel(QObject* parent = nullptr);

  // Updates in place: rows the new stack has in common with the old one change (only those
  // that differ are announced), the rest are inserted or removed. A reset would make the view
  // lay itself out again, forget its selection and repaint everything.
  void setState(StepStatePtr state);
  const recorder::FrameView* frame(int row) const;
  bool isSuspended(int row) const;
  int rowOfFrame(uint64_t frameId) const;  // -1 when the stack has no such frame

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation,
                      int role = Qt::DisplayRole) const override;

 private:
  static int rowsOf(const StepStatePtr& state);

  StepStatePtr state_;
  int rows_ = 0;  // shown rows: differs from state_'s only while rows come or go
};

}  // namespace rw::gui
