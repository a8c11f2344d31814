// The breakpoints the user set: file, line and an optional condition (a Python expression
// evaluated in the frame; editable in place). Continue and reverse continue stop at them.
#pragma once

#include <QAbstractTableModel>
#include <QString>
#include <set>
#include <vector>

#include "recorder/timeline.h"

namespace rw::gui {

class BreakpointsModel : public QAbstractTableModel {
  Q_OBJECT

 public:
  enum Column { FileColumn, LineColumn, ConditionColumn, ColumnCount };

  explicit BreakpointsModel(QObject* parent = nullptr);

  // Adds a breakpoint on the line, or removes the one there.
  void toggle(const std::string& file, int line);
  void setCondition(const std::string& file, int line, const QString& condition);
  void removeAt(int row);
  void clearAll();
  // The row of the breakpoint at file:line, or -1.
  int find(const std::string& file, int line) const;
  std::set<int> linesIn(const std::string& file) const;
  const std::vector<recorder::Breakpoint>& breakpoints() const { return breakpoints_; }

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
  Qt::ItemFlags flags(const QModelIndex& index) const override;
  QVariant headerData(int section, Qt::Orientation orientation,
                      int role = Qt::DisplayRole) const override;

 signals:
  void breakpointsChanged();

 private:
  std::vector<recorder::Breakpoint> breakpoints_;
};

}  // namespace rw::gui
