// The few colours the models and views share. Each has a light and a dark variant; the
// theme (gui/app/theme.h) says which palette is in use.
#pragma once

#include <QColor>

namespace rw::gui::colors {

// Set by the theme: true when the window's background is dark.
void setDarkPalette(bool dark);
bool darkPalette();

inline QColor pick(QColor light, QColor dark) {
  return darkPalette() ? dark : light;
}

inline QColor currentLine() {
  return pick(QColor(255, 246, 191), QColor(70, 64, 30));
}
inline QColor currentNode() {
  return pick(QColor(255, 196, 120), QColor(140, 90, 30));
}
inline QColor currentInstruction() {
  return pick(QColor(255, 232, 150), QColor(96, 84, 30));
}
inline QColor poppedValue() {
  return pick(QColor(255, 214, 204), QColor(110, 50, 45));
}
inline QColor unbound() {
  return QColor(128, 128, 128);
}
inline QColor changedValue() {
  return pick(QColor(205, 240, 205), QColor(40, 90, 45));
}
inline QColor breakpoint() {
  return QColor(210, 40, 40);
}
inline QColor markedToken() {
  return currentNode();
}
// Timeline markers.
inline QColor callMarker() {
  return pick(QColor(70, 120, 200), QColor(110, 160, 240));
}
inline QColor exceptionMarker() {
  return QColor(220, 50, 50);
}
inline QColor outputMarker() {
  return pick(QColor(40, 150, 70), QColor(90, 200, 110));
}
inline QColor breakpointHitMarker() {
  return QColor(240, 140, 0);
}

}  // namespace rw::gui::colors
