// The variables of one frame and the module's globals, as two groups of a tree: name, kind
// (local, cell, free, global), value and type.
#pragma once

#include <QAbstractItemModel>
#include <QString>
#include <vector>

#include "recorder/state.h"

namespace rw::gui {

class VariablesModel : public QAbstractItemModel {
  Q_OBJECT

 public:
  enum Column { NameColumn, KindColumn, ValueColumn, TypeColumn, ColumnCount };
  enum Group { FrameGroup, GlobalsGroup, GroupCount };

  explicit VariablesModel(QObject* parent = nullptr);

  // `frameTitle` names the frame group ("add", "<module>").
  void setVariables(const QString& frameTitle, std::vector<recorder::VariableView> frameVariables,
                    std::vector<recorder::VariableView> globals);
  void clear();
  QModelIndex groupIndex(Group group) const { return index(group, 0); }

  QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
  QModelIndex parent(const QModelIndex& child) const override;
  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation,
                      int role = Qt::DisplayRole) const override;

 private:
  QVariant groupData(int group, int column, int role) const;
  QVariant variableData(const recorder::VariableView& variable, int column, int role) const;

  QString frameTitle_;
  std::vector<recorder::VariableView> groups_[GroupCount];
};

}  // namespace rw::gui
