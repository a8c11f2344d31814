// The chosen frame's variables and the globals, both groups expanded. Double-clicking a
// "show more" row loads the next page of a big container; the context menu goes to the
// previous or next change of a variable (or of one item or attribute of it).
#pragma once

#include <QString>
#include <QTreeView>

#include "recorder/timeline.h"

namespace rw::gui {

class VariablesModel;

class VariablesView : public QTreeView {
  Q_OBJECT

 public:
  explicit VariablesView(VariablesModel* model, QWidget* parent = nullptr);

  // The expression naming the value at `index` ("x", "x[0]", "p.name", "d['k']"); empty
  // for rows that name nothing (groups, "show more").
  QString expressionAt(const QModelIndex& index) const;

 signals:
  void changeRequested(const QString& expression, rw::recorder::Direction direction);

 protected:
  void contextMenuEvent(QContextMenuEvent* event) override;

 private:
  VariablesModel* model_;
};

}  // namespace rw::gui
