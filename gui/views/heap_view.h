// The heap at the shown step drawn as boxes and arrows: frames on the left, the objects they
// reach to the right (see heap_graph.h). Painted directly, so redrawing a step is cheap.
#pragma once

#include <QScrollArea>
#include <cstdint>

#include "gui/models/heap_graph.h"
#include "gui/session/trace_info.h"
#include "recorder/timeline.h"

class QMenu;

namespace rw::gui {

class HeapCanvas;

class HeapView : public QScrollArea {
  Q_OBJECT

 public:
  explicit HeapView(QWidget* parent = nullptr);

  void setState(StepStatePtr state, StepStatePtr previous);
  const HeapGraph& graph() const;
  // The context menu of the object box at `pos` (in the viewport), owned by the caller;
  // null where no object box is.
  QMenu* contextMenuAt(const QPoint& pos);

 signals:
  // Asked for from an object box's context menu.
  void objectChangeRequested(uint64_t objectId, recorder::Direction direction);
  void objectCreationRequested(uint64_t objectId);

 protected:
  void changeEvent(QEvent* event) override;
  void contextMenuEvent(QContextMenuEvent* event) override;

 private:
  void relayOut();

  HeapCanvas* canvas_;
  StepStatePtr state_;
  StepStatePtr previous_;
};

}  // namespace rw::gui
