// The symbol table's scopes and names, with the current code object's scope shown.
#pragma once

#include <QTreeView>

namespace rw::gui {

class SymbolsModel;

class SymbolsView : public QTreeView {
  Q_OBJECT

 public:
  explicit SymbolsView(SymbolsModel* model, QWidget* parent = nullptr);

  // Scrolls to the current scope (after the model marked it).
  void revealCurrentScope();

 private:
  SymbolsModel* model_;
};

}  // namespace rw::gui
