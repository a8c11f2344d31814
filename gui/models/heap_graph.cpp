#include "gui/models/heap_graph.h"

#include <QObject>
#include <algorithm>
#include <deque>
#include <map>
#include <unordered_map>

namespace rw::gui {

namespace {

// Types drawn inline (their repr says it all) or too big to draw usefully.
bool drawnAsBox(const recorder::HeapObjectView& object) {
  return object.type != "module" && object.type != "type" &&
         object.type != "builtin_function_or_method";
}

QString elided(const std::string& text, int maxChars) {
  QString s = QString::fromStdString(text);
  s.replace('\n', ' ');
  return s.size() > maxChars ? s.left(maxChars - 1) + QStringLiteral("…") : s;
}

struct Builder {
  const recorder::StepState& state;
  const recorder::StepState* previous;
  const TextWidth& textWidth;
  const HeapLayoutOptions& options;
  HeapGraph graph;
  std::unordered_map<uint64_t, const recorder::HeapObjectView*> heap;
  std::unordered_map<uint64_t, int> boxOfObject;
  std::vector<int> depth;  // per box: 0 for frames
  std::unordered_map<uint64_t, int> frameBoxes;

  // The box for object `id` at distance `d`, made on first sight; -1 when not drawn.
  int objectBox(uint64_t id, int d) {
    if (id == 0) return -1;
    auto frame = frameBoxes.find(id);
    if (frame != frameBoxes.end()) return frame->second;
    auto known = boxOfObject.find(id);
    if (known != boxOfObject.end()) return known->second;
    auto it = heap.find(id);
    if (it == heap.end() || !drawnAsBox(*it->second)) return -1;
    if (boxOfObject.size() >= options.maxObjects) return -1;
    HeapBox box;
    box.kind = HeapBox::Kind::Object;
    box.id = id;
    box.title = QString::fromStdString(it->second->type);
    graph.boxes.push_back(box);
    depth.push_back(d);
    int index = static_cast<int>(graph.boxes.size() - 1);
    boxOfObject.emplace(id, index);
    return index;
  }

  void addFrame(const recorder::FrameView& frame, HeapBox::Kind kind, bool current) {
    HeapBox box;
    box.kind = kind;
    box.id = frame.id;
    box.current = current;
    box.title = QString::fromStdString(frame.function);
    if (kind == HeapBox::Kind::SuspendedFrame)
      box.title +=
          QObject::tr("  (%1 at line %2)").arg(QString::fromStdString(frame.state)).arg(frame.line);
    const recorder::FrameView* before = nullptr;
    if (previous)
      for (const recorder::FrameView& f : previous->frames)
        if (f.id == frame.id) before = &f;
    for (const recorder::VariableView& v : frame.variables) {
      HeapRow row;
      row.label = QString::fromStdString(v.name);
      row.value = v.bound ? elided(v.value.repr, options.maxValueChars) : QObject::tr("unbound");
      if (before) {
        bool same = false;
        for (const recorder::VariableView& b : before->variables)
          if (b.name == v.name)
            same = b.bound == v.bound && b.value.repr == v.value.repr && b.value.id == v.value.id;
        row.changed = !same;
      }
      box.rows.push_back(row);
    }
    graph.boxes.push_back(box);
    depth.push_back(0);
    // Arrows are resolved once every frame is in (cells may be shared between them).
    int index = static_cast<int>(graph.boxes.size() - 1);
    for (size_t r = 0; r < frame.variables.size(); ++r) {
      const recorder::VariableView& v = frame.variables[r];
      uint64_t target = v.cellId ? v.cellId : v.bound ? v.value.id : 0;
      pendingFrameRows.push_back({index, static_cast<int>(r), target});
    }
  }

  struct Pending {
    int box;
    int row;
    uint64_t target;
  };
  std::vector<Pending> pendingFrameRows;

  void build() {
    for (const recorder::HeapObjectView& object : state.heap)
      heap.emplace(object.id, &object);
    for (auto it = state.frames.rbegin(); it != state.frames.rend(); ++it)
      addFrame(*it, HeapBox::Kind::Frame, &*it == &state.frames.front());
    for (const recorder::FrameView& frame : state.suspended)
      addFrame(frame, HeapBox::Kind::SuspendedFrame, false);
    for (size_t i = 0; i < graph.boxes.size(); ++i)
      frameBoxes.emplace(graph.boxes[i].id, static_cast<int>(i));

    // Breadth first from the frames, so nearer objects get the first places.
    std::deque<int> queue;
    for (const Pending& p : pendingFrameRows) {
      int target = objectBox(p.target, 1);
      if (target < 0 || depth[static_cast<size_t>(target)] == 0) continue;
      // A cell variable points at its cell, which shows the value.
      graph.boxes[static_cast<size_t>(p.box)].rows[static_cast<size_t>(p.row)].target = target;
      graph.edges.push_back({p.box, p.row, target});
      queue.push_back(target);
    }
    std::vector<bool> filled(graph.boxes.size() + options.maxObjects + 1, false);
    while (!queue.empty()) {
      int index = queue.front();
      queue.pop_front();
      if (filled[static_cast<size_t>(index)]) continue;
      filled[static_cast<size_t>(index)] = true;
      const recorder::HeapObjectView& object = *heap.at(graph.boxes[static_cast<size_t>(index)].id);
      int d = depth[static_cast<size_t>(index)];
      int shown = 0;
      for (const recorder::HeapField& field : object.fields) {
        if (shown == options.maxRows) {
          graph.boxes[static_cast<size_t>(index)].hiddenRows =
              static_cast<int>(object.fields.size()) - shown;
          break;
        }
        HeapRow row;
        row.label = elided(field.label, 16);
        row.value = elided(field.value.repr, options.maxValueChars);
        // A generator's frame is one of the frame boxes.
        int target = objectBox(field.value.id, d + 1);
        row.target = target;
        graph.boxes[static_cast<size_t>(index)].rows.push_back(row);
        if (target >= 0) {
          graph.edges.push_back({index, shown, target});
          if (depth[static_cast<size_t>(target)] > 0) queue.push_back(target);
        }
        ++shown;
      }
      if (object.fields.empty()) {
        HeapRow row;
        row.value = elided(object.repr, options.maxValueChars + 12);
        graph.boxes[static_cast<size_t>(index)].rows.push_back(row);
      }
    }
    place();
  }

  double boxWidth(const HeapBox& box) const {
    // Titles are bold: wider than the metrics of the regular font say.
    double width = textWidth(box.title) * 1.15 + 20;
    for (const HeapRow& row : box.rows) {
      double w = textWidth(row.label) + 24 + (row.target >= 0 ? 16 : textWidth(row.value));
      width = std::max(width, w);
    }
    return std::clamp(width, 90.0, 300.0);
  }

  void place() {
    std::map<int, std::vector<int>> columns;
    for (size_t i = 0; i < graph.boxes.size(); ++i)
      columns[depth[i]].push_back(static_cast<int>(i));
    double x = 8, height = 0;
    double row = options.rowHeight;
    for (auto& [d, members] : columns) {
      double y = 8, width = 0;
      for (int index : members) {
        HeapBox& box = graph.boxes[static_cast<size_t>(index)];
        double rows = static_cast<double>(box.rows.size()) + (box.hiddenRows ? 1 : 0);
        double w = boxWidth(box);
        box.rect = QRectF(x, y, w, row * (rows + 1) + 4);
        y += box.rect.height() + options.boxGap;
        width = std::max(width, w);
      }
      x += width + options.columnGap;
      height = std::max(height, y);
    }
    graph.size = QSizeF(x, height + 8);
  }
};

}  // namespace

int HeapGraph::boxOf(uint64_t id) const {
  for (size_t i = 0; i < boxes.size(); ++i)
    if (boxes[i].id == id) return static_cast<int>(i);
  return -1;
}

QPointF HeapGraph::rowAnchor(int box, int row) const {
  const QRectF& r = boxes[static_cast<size_t>(box)].rect;
  double rowHeight =
      r.height() / (static_cast<double>(boxes[static_cast<size_t>(box)].rows.size()) +
                    (boxes[static_cast<size_t>(box)].hiddenRows ? 1 : 0) + 1);
  return QPointF(r.right() - 10, r.top() + rowHeight * (row + 1.5) + 2);
}

HeapGraph layOutHeap(const recorder::StepState& state, const recorder::StepState* previous,
                     const TextWidth& width, const HeapLayoutOptions& options) {
  Builder builder{state, previous, width, options, {}, {}, {}, {}, {}, {}};
  builder.build();
  return std::move(builder.graph);
}

}  // namespace rw::gui
