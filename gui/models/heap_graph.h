// The heap drawing's content and layout, computed from one step's state: the frames as a
// column of boxes (outermost on top, suspended generator frames greyed below them), the
// objects they reach as boxes in columns by distance, and an arrow for every reference from
// a variable or field to a drawn object. Closure cells are boxes of their own, so frames and
// functions that share a cell point at the same box; a generator points at its frame.
#pragma once

#include <QRectF>
#include <QString>
#include <cstdint>
#include <functional>
#include <vector>

#include "recorder/state.h"

namespace rw::gui {

struct HeapRow {
  QString label;
  QString value;    // shown when the row has no arrow
  int target = -1;  // box the row points at
  bool changed = false;

  bool operator==(const HeapRow&) const = default;
};

struct HeapBox {
  enum class Kind { Frame, SuspendedFrame, Object };
  Kind kind = Kind::Object;
  uint64_t id = 0;
  QString title;
  std::vector<HeapRow> rows;
  int hiddenRows = 0;    // rows left out of a long box
  bool current = false;  // the innermost frame
  QRectF rect;

  bool operator==(const HeapBox&) const = default;
};

struct HeapEdge {
  int box = 0;
  int row = 0;
  int target = 0;

  bool operator==(const HeapEdge&) const = default;
};

struct HeapGraph {
  std::vector<HeapBox> boxes;
  std::vector<HeapEdge> edges;
  QSizeF size;

  // The box drawing object `id`, or -1.
  int boxOf(uint64_t id) const;
  // Where a row's arrow starts and where an arrow into a box ends.
  QPointF rowAnchor(int box, int row) const;

  bool operator==(const HeapGraph&) const = default;
};

struct HeapLayoutOptions {
  size_t maxObjects = 60;
  int maxRows = 10;  // per box
  int maxValueChars = 28;
  double rowHeight = 18;
  double columnGap = 44;
  double boxGap = 14;
};

// The width of a string in the drawing's font, in pixels.
using TextWidth = std::function<double(const QString&)>;

// `previous` (may be null) is the state one step earlier: frame variables it differs from
// are marked changed.
HeapGraph layOutHeap(const recorder::StepState& state, const recorder::StepState* previous,
                     const TextWidth& width, const HeapLayoutOptions& options = {});

}  // namespace rw::gui
