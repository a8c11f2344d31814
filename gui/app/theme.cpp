#include "gui/app/theme.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

#include "gui/models/model_colors.h"

namespace rw::gui {

namespace {

QPalette darkPalette() {
  QPalette p;
  QColor window(45, 45, 48), base(30, 30, 32), text(225, 225, 225), disabled(128, 128, 128);
  p.setColor(QPalette::Window, window);
  p.setColor(QPalette::WindowText, text);
  p.setColor(QPalette::Base, base);
  p.setColor(QPalette::AlternateBase, QColor(38, 38, 41));
  p.setColor(QPalette::ToolTipBase, QColor(60, 60, 64));
  p.setColor(QPalette::ToolTipText, text);
  p.setColor(QPalette::PlaceholderText, QColor(140, 140, 140));
  p.setColor(QPalette::Text, text);
  p.setColor(QPalette::Button, window);
  p.setColor(QPalette::ButtonText, text);
  p.setColor(QPalette::BrightText, QColor(255, 90, 90));
  p.setColor(QPalette::Mid, QColor(90, 90, 95));
  p.setColor(QPalette::Highlight, QColor(60, 110, 180));
  p.setColor(QPalette::HighlightedText, Qt::white);
  p.setColor(QPalette::Link, QColor(110, 160, 240));
  for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
    p.setColor(QPalette::Disabled, role, disabled);
  return p;
}

QPalette lightPalette() {
  QPalette p = QApplication::style()->standardPalette();
  p.setColor(QPalette::Window, QColor(239, 239, 239));
  p.setColor(QPalette::Base, Qt::white);
  p.setColor(QPalette::AlternateBase, QColor(246, 246, 246));
  p.setColor(QPalette::Text, Qt::black);
  p.setColor(QPalette::WindowText, Qt::black);
  return p;
}

bool isDark(const QPalette& palette) {
  return palette.color(QPalette::Base).lightness() < 128;
}

}  // namespace

void applyTheme(Theme theme) {
  static const QString systemStyle = QApplication::style()->name();
  static const QPalette systemPalette = QApplication::palette();
  QPalette palette;
  switch (theme) {
    case Theme::System:
      QApplication::setStyle(QStyleFactory::create(systemStyle));
      palette = systemPalette;
      break;
    case Theme::Light:
      QApplication::setStyle(QStyleFactory::create("Fusion"));
      palette = lightPalette();
      break;
    case Theme::Dark:
      QApplication::setStyle(QStyleFactory::create("Fusion"));
      palette = darkPalette();
      break;
  }
  colors::setDarkPalette(isDark(palette));
  QApplication::setPalette(palette);
}

QString themeKey(Theme theme) {
  switch (theme) {
    case Theme::Light:
      return "light";
    case Theme::Dark:
      return "dark";
    case Theme::System:
      break;
  }
  return "system";
}

Theme themeFromKey(const QString& key) {
  if (key == "light") return Theme::Light;
  if (key == "dark") return Theme::Dark;
  return Theme::System;
}

}  // namespace rw::gui
