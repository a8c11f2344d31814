// The chosen frame's variables and the globals, both groups always expanded.
#pragma once

#include <QTreeView>

namespace rw::gui {

class VariablesModel;

class VariablesView : public QTreeView {
  Q_OBJECT

 public:
  explicit VariablesView(VariablesModel* model, QWidget* parent = nullptr);
};

}  // namespace rw::gui
