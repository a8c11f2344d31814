// The few colours the models and views share, chosen to stay readable on light palettes.
#pragma once

#include <QColor>

namespace rw::gui::colors {

inline QColor currentLine() {
  return QColor(255, 246, 191);
}  // pale yellow
inline QColor currentNode() {
  return QColor(255, 196, 120);
}  // orange, over the line
inline QColor currentInstruction() {
  return QColor(255, 232, 150);
}  // yellow row
inline QColor poppedValue() {
  return QColor(255, 214, 204);
}  // pale red
inline QColor unbound() {
  return QColor(128, 128, 128);
}  // grey text

}  // namespace rw::gui::colors
