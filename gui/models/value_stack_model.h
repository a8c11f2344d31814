// One frame's value stack, bottom first, with the values the instruction about to execute
// will pop marked.
#pragma once

#include <QAbstractTableModel>
#include <vector>

#include "recorder/state.h"

namespace rw::gui {

class ValueStackModel : public QAbstractTableModel {
  Q_OBJECT

 public:
  enum Column { SlotColumn, ValueColumn, TypeColumn, EffectColumn, ColumnCount };
  static constexpr int PoppedRole = Qt::UserRole + 1;

  explicit ValueStackModel(QObject* parent = nullptr);

  // `pops`: how many values from the top the next instruction takes (0 for a frame that is
  // not the executing one). Updates in place, announcing only the rows that differ, and
  // inserting or removing the rest: a reset would make the view lay itself out again.
  void setStack(std::vector<recorder::ValueView> stack, int pops);
  int pops() const { return pops_; }

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation,
                      int role = Qt::DisplayRole) const override;

 private:
  bool popped(int row) const;

  std::vector<recorder::ValueView> stack_;
  int pops_ = 0;
  int firstPopped_ = 0;  // the row of the lowest value the next instruction takes
};

}  // namespace rw::gui
