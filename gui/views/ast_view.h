// The syntax tree, with the node of the current instruction selected and scrolled to.
#pragma once

#include <QTreeView>
#include <cstdint>
#include <optional>

namespace rw::gui {

class AstModel;

class AstView : public QTreeView {
  Q_OBJECT

 public:
  explicit AstView(AstModel* model, QWidget* parent = nullptr);

  // Selects the node (nullopt clears the selection).
  void setCurrentNode(std::optional<uint32_t> nodeId);
  std::optional<uint32_t> selectedNode() const;

 private:
  AstModel* model_;
};

}  // namespace rw::gui
