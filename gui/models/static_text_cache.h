// Strings laid out once per font and kept: the views repaint (and the heap view measures)
// mostly the same strings at every step, and shaping text is the costliest part of drawing
// it. Two generations per font bound the cache: what was not used since the last turnover
// is dropped at the next, so a long run's passing values do not pile up.
#pragma once

#include <QFont>
#include <QHash>
#include <QStaticText>
#include <QString>
#include <utility>
#include <vector>

namespace rw::gui {

class StaticTextCache {
 public:
  explicit StaticTextCache(qsizetype generationSize = 4096) : generationSize_(generationSize) {}

  // `text` laid out as plain text in `font`; valid until the next call.
  const QStaticText& text(const QString& text, const QFont& font);
  double width(const QString& text, const QFont& font) {
    return this->text(text, font).size().width();
  }
  // `text` shortened with an ellipsis to fit `width` pixels of `font` (unchanged when it fits).
  QString elided(const QString& text, const QFont& font, Qt::TextElideMode mode, int width);

  qsizetype size() const;  // strings kept, over every font
  void clear() { fonts_.clear(); }

 private:
  struct Generation {
    QHash<QString, QStaticText> texts;
    // By text, and width times 4 plus the elide mode (0 to 3).
    QHash<std::pair<QString, qint64>, QString> elided;
  };
  struct FontCache {
    QFont font;
    Generation recent;
    Generation older;
  };

  FontCache& cacheFor(const QFont& font);

  qsizetype generationSize_;
  std::vector<FontCache> fonts_;
};

}  // namespace rw::gui
