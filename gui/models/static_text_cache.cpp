#include "gui/models/static_text_cache.h"

#include <QFontMetrics>

namespace rw::gui {

namespace {

// Finds `key` in the recent generation, else moves it there from the older one, else makes it;
// a full recent generation first becomes the older one.
template <typename Key, typename Value, typename Make>
const Value& lookUp(QHash<Key, Value>& recent, QHash<Key, Value>& older, qsizetype generationSize,
                    const Key& key, Make make) {
  auto it = recent.find(key);
  if (it != recent.end()) return *it;
  if (recent.size() >= generationSize) {
    older = std::move(recent);
    recent.clear();
  }
  auto old = older.find(key);
  if (old != older.end()) return *recent.insert(key, std::move(*old));
  return *recent.insert(key, make());
}

}  // namespace

StaticTextCache::FontCache& StaticTextCache::cacheFor(const QFont& font) {
  for (FontCache& cache : fonts_)
    if (cache.font == font) return cache;
  fonts_.push_back({font, {}, {}});
  return fonts_.back();
}

const QStaticText& StaticTextCache::text(const QString& text, const QFont& font) {
  FontCache& cache = cacheFor(font);
  return lookUp(cache.recent.texts, cache.older.texts, generationSize_, text, [&] {
    QStaticText laid(text);
    laid.setTextFormat(Qt::PlainText);
    laid.setPerformanceHint(QStaticText::AggressiveCaching);
    laid.prepare(QTransform(), font);
    return laid;
  });
}

QString StaticTextCache::elided(const QString& text, const QFont& font, Qt::TextElideMode mode,
                                int width) {
  FontCache& cache = cacheFor(font);
  return lookUp(cache.recent.elided, cache.older.elided, generationSize_,
                std::pair{text, qint64{width} * 4 + mode},
                [&] { return QFontMetrics(font).elidedText(text, mode, width); });
}

qsizetype StaticTextCache::size() const {
  qsizetype count = 0;
  for (const FontCache& cache : fonts_)
    count += cache.recent.texts.size() + cache.older.texts.size();
  return count;
}

}  // namespace rw::gui
