// The token stream with the current node's tokens marked and scrolled into view.
#pragma once

#include <QTableView>

namespace rw::gui {

class TokensModel;

class TokensView : public QTableView {
  Q_OBJECT

 public:
  explicit TokensView(TokensModel* model, QWidget* parent = nullptr);

  // Scrolls to the marked tokens (after the model marked them).
  void revealMarked();

 private:
  TokensModel* model_;
};

}  // namespace rw::gui
