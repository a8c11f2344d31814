// The syntax tree, with the node of the current instruction selected and scrolled to.
#pragma once

#include <QString>
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
  // Shown in place of the tree while it is empty (why the source has no tree).
  void setEmptyText(const QString& text);
  QString emptyText() const { return emptyText_; }

 protected:
  void paintEvent(QPaintEvent* event) override;

 private:
  AstModel* model_;
  QString emptyText_;
};

}  // namespace rw::gui
