// The heap at the shown step drawn as boxes and arrows: frames on the left, the objects they
// reach to the right (see heap_graph.h). Painted directly, so redrawing a step is cheap.
#pragma once

#include <QScrollArea>

#include "gui/models/heap_graph.h"
#include "gui/session/trace_info.h"

namespace rw::gui {

class HeapCanvas;

class HeapView : public QScrollArea {
  Q_OBJECT

 public:
  explicit HeapView(QWidget* parent = nullptr);

  void setState(StepStatePtr state, StepStatePtr previous);
  const HeapGraph& graph() const;

 protected:
  void changeEvent(QEvent* event) override;

 private:
  void relayOut();

  HeapCanvas* canvas_;
  StepStatePtr state_;
  StepStatePtr previous_;
};

}  // namespace rw::gui
