#include "recorder/query_tables.h"

#include <algorithm>
#include <climits>
#include <functional>
#include <optional>
#include <set>

#include "objects/code.h"
#include "objects/str.h"
#include "recorder/chunk_events.h"
#include "recorder/replay_listener.h"
#include "recorder/timeline.h"
#include "runtime/frame.h"
#include "runtime/interp.h"
#include "runtime/type.h"
#include "trace_reader.h"

namespace rw::recorder {

using storage::QueryColumn;
using storage::QueryConstraint;
using storage::QueryValue;
using Row = std::vector<QueryValue>;

// Line index keys are (code id << 20) | line.
constexpr int kLineBits = 20;

struct QueryTables::Shared {
  std::unique_ptr<Timeline> timeline;
  std::unique_ptr<storage::TraceReader> reader;
  std::vector<storage::ChunkInfo> chunks;  // ascending

  const CodeInfo* code(int64_t id) const {
    try {
      return &timeline->code(id);
    } catch (const TimelineError&) {
      return nullptr;
    }
  }
};

namespace {

// Steps [first, end).
struct Window {
  int64_t first = 0;
  int64_t end = 0;
};

// What the constraints on a table's narrowing columns say about the rows wanted.
struct Narrowing {
  int64_t firstStep = 0;
  int64_t lastStep = INT64_MAX;
  std::optional<int64_t> code, line, object;
  bool empty = false;  // contradictory constraints: no row can match
};

void narrowTo(std::optional<int64_t>& slot, int64_t value, Narrowing& n) {
  if (slot && *slot != value) n.empty = true;
  slot = value;
}

// The columns of every table that narrow a scan, by name.
Narrowing narrowingOf(const std::vector<QueryColumn>& columns,
                      const std::vector<QueryConstraint>& constraints) {
  Narrowing n;
  for (const QueryConstraint& c : constraints) {
    const std::string& name = columns[static_cast<size_t>(c.column)].name;
    if (name == "step") {
      switch (c.op) {
        case QueryConstraint::Op::Eq:
          n.firstStep = std::max(n.firstStep, c.value);
          n.lastStep = std::min(n.lastStep, c.value);
          break;
        case QueryConstraint::Op::Lt:
          n.lastStep = std::min(n.lastStep, c.value - 1);
          break;
        case QueryConstraint::Op::Le:
          n.lastStep = std::min(n.lastStep, c.value);
          break;
        case QueryConstraint::Op::Gt:
          n.firstStep = std::max(n.firstStep, c.value + 1);
          break;
        case QueryConstraint::Op::Ge:
          n.firstStep = std::max(n.firstStep, c.value);
          break;
      }
    } else if (c.op == QueryConstraint::Op::Eq) {
      if (name == "code") narrowTo(n.code, c.value, n);
      if (name == "line") narrowTo(n.line, c.value, n);
      if (name == "object") narrowTo(n.object, c.value, n);
    }
  }
  if (n.firstStep > n.lastStep) n.empty = true;
  return n;
}

// Rows produced window by window, so that memory holds one chunk's rows at a time.
class WindowRows : public storage::QueryRows {
 public:
  using Fill = std::function<void(Window, std::vector<Row>&)>;
  WindowRows(std::vector<Window> windows, Fill fill)
      : windows_(std::move(windows)), fill_(std::move(fill)) {}

  bool next(Row& row) override {
    while (position_ >= rows_.size()) {
      if (nextWindow_ >= windows_.size()) return false;
      rows_.clear();
      position_ = 0;
      fill_(windows_[nextWindow_++], rows_);
    }
    row = std::move(rows_[position_++]);
    return true;
  }

 private:
  std::vector<Window> windows_;
  Fill fill_;
  size_t nextWindow_ = 0;
  std::vector<Row> rows_;
  size_t position_ = 0;
};

int64_t depthOf(Frame* f) {
  int64_t depth = 0;
  for (; f; f = f->back)
    ++depth;
  return depth;
}

std::string typeName(Object* object) {
  return std::string(object->type->name->view());
}

// Watches a replay and keeps what happens while it is inside the window, in the order it
// happens. Events belong to the step the replay was at when they happened.
class RowListener : public ReplayListener {
 public:
  RowListener(const QueryTables::Shared& shared, Window window, std::vector<Row>& rows)
      : shared_(shared), window_(window), rows_(rows) {}

  bool onStep(Interp&, Frame* f, uint32_t ip, int64_t step, bool lineStart) override {
    current_ = step;
    if (inWindow()) step_(f, ip, step, lineStart);
    return false;
  }
  void onCall(Interp&, Frame* f, int64_t step) override {
    if (inWindow() && call_) call_(f, step);
  }
  void onRaise(Interp&, Frame* f, Value exception, int64_t step) override {
    if (inWindow() && raise_) raise_(f, exception, step);
  }
  void onWrite(Interp& I, Object* target, int64_t step) override {
    if (inWindow() && write_) write_(I.frame, target, step);
  }

  std::function<void(Frame*, uint32_t, int64_t, bool)> step_ = [](Frame*, uint32_t, int64_t, bool) {
  };
  std::function<void(Frame*, int64_t)> call_;
  std::function<void(Frame*, Value, int64_t)> raise_;
  std::function<void(Frame*, Object*, int64_t)> write_;

  // The code id, function name and file of a frame's code, and its line at `ip`.
  void describe(Frame* f, Row& row, int firstColumn) const {
    int64_t id = static_cast<int64_t>(f->code->serial);
    const CodeInfo* info = shared_.code(id);
    row[static_cast<size_t>(firstColumn)] = id;
    row[static_cast<size_t>(firstColumn) + 1] = info ? info->name : std::string();
    row[static_cast<size_t>(firstColumn) + 2] = info ? info->filename : std::string();
  }
  std::vector<Row>& rows() { return rows_; }
  const QueryTables::Shared& shared() const { return shared_; }

 private:
  bool inWindow() const { return current_ >= window_.first && current_ < window_.end; }

  const QueryTables::Shared& shared_;
  Window window_;
  std::vector<Row>& rows_;
  int64_t current_ = -1;
};

class TraceTable : public storage::QueryTable {
 public:
  TraceTable(QueryTables::Shared& shared, std::string name, std::vector<QueryColumn> columns)
      : shared_(shared), name_(std::move(name)), columns_(std::move(columns)) {}
  std::string name() const override { return name_; }
  std::vector<QueryColumn> columns() const override { return columns_; }

  std::unique_ptr<storage::QueryRows> scan(
      const std::vector<QueryConstraint>& constraints) override {
    Narrowing n = narrowingOf(columns_, constraints);
    std::vector<Window> windows;
    if (!n.empty) windows = windowsFor(n);
    return std::make_unique<WindowRows>(
        std::move(windows), [this](Window w, std::vector<Row>& rows) { fill(w, rows); });
  }

 protected:
  // The chunks that can hold the rows, as chosen by the index (nothing: every chunk).
  virtual std::optional<std::vector<int64_t>> indexedChunks(const Narrowing&) const {
    return std::nullopt;
  }
  virtual void fill(Window window, std::vector<Row>& rows) = 0;

  // Chunks executing `line` of `code` (either may be unknown).
  std::optional<std::vector<int64_t>> chunksExecuting(const Narrowing& n) const {
    const storage::TraceReader& reader = *shared_.reader;
    if (n.code && n.line)
      return reader.chunksWith(storage::IndexKind::Line, (*n.code << kLineBits) | *n.line);
    if (n.code)
      return reader.chunksWithKeyIn(storage::IndexKind::Line, *n.code << kLineBits,
                                    ((*n.code + 1) << kLineBits) - 1);
    if (n.line) {
      std::set<int64_t> chunks;
      for (int64_t code : shared_.timeline->codeIds())
        for (int64_t c : reader.chunksWith(storage::IndexKind::Line, (code << kLineBits) | *n.line))
          chunks.insert(c);
      return std::vector<int64_t>(chunks.begin(), chunks.end());
    }
    return std::nullopt;
  }

  void replay(Window window, RowListener& listener) {
    shared_.timeline->replay(window.first, window.end, listener);
  }
  Row newRow() const { return Row(columns_.size()); }

  QueryTables::Shared& shared_;

 private:
  // One window per candidate chunk, clipped to the step range.
  std::vector<Window> windowsFor(const Narrowing& n) const {
    std::optional<std::vector<int64_t>> indexed = indexedChunks(n);
    std::vector<Window> windows;
    for (const storage::ChunkInfo& c : shared_.chunks) {
      int64_t first = std::max(c.firstStep, n.firstStep);
      int64_t end = n.lastStep == INT64_MAX ? c.firstStep + c.stepCount
                                            : std::min(c.firstStep + c.stepCount, n.lastStep + 1);
      if (first >= end) continue;
      if (indexed && !std::binary_search(indexed->begin(), indexed->end(), c.index)) continue;
      windows.push_back({first, end});
    }
    return windows;
  }

  std::string name_;
  std::vector<QueryColumn> columns_;
};

QueryColumn integer(const char* name, bool narrows = false) {
  return {name, true, narrows};
}
QueryColumn text(const char* name) {
  return {name, false, false};
}

class StepsTable : public TraceTable {
 public:
  StepsTable(QueryTables::Shared& shared, bool lineStartsOnly)
      : TraceTable(shared, lineStartsOnly ? "lines" : "steps", columnsFor(lineStartsOnly)),
        lineStartsOnly_(lineStartsOnly) {}

 protected:
  std::optional<std::vector<int64_t>> indexedChunks(const Narrowing& n) const override {
    return chunksExecuting(n);
  }
  void fill(Window window, std::vector<Row>& rows) override {
    RowListener listener(shared_, window, rows);
    listener.step_ = [&](Frame* f, uint32_t ip, int64_t step, bool lineStart) {
      if (lineStartsOnly_ && !lineStart) return;
      Row row = newRow();
      row[0] = step;
      listener.describe(f, row, 1);
      row[4] = static_cast<int64_t>(f->code->lineOf(ip));
      row[5] = depthOf(f);
      if (!lineStartsOnly_) {
        row[6] = static_cast<int64_t>(ip);
        const CodeInfo* info = shared_.code(static_cast<int64_t>(f->code->serial));
        if (info && ip < info->instructions.size())
          row[7] = info->instructions[ip].instruction.opname;
        row[8] = static_cast<int64_t>(lineStart);
      }
      rows.push_back(std::move(row));
    };
    replay(window, listener);
  }

 private:
  static std::vector<QueryColumn> columnsFor(bool lineStartsOnly) {
    std::vector<QueryColumn> columns = {integer("step", true), integer("code", true),
                                        text("function"),      text("file"),
                                        integer("line", true), integer("depth")};
    if (!lineStartsOnly) {
      columns.push_back(integer("offset"));
      columns.push_back(text("opname"));
      columns.push_back(integer("line_start"));
    }
    return columns;
  }
  bool lineStartsOnly_;
};

class CallsTable : public TraceTable {
 public:
  explicit CallsTable(QueryTables::Shared& shared)
      : TraceTable(shared, "calls",
                   {integer("step", true), integer("code", true), text("function"), text("file"),
                    integer("line"), integer("depth")}) {}

 protected:
  std::optional<std::vector<int64_t>> indexedChunks(const Narrowing& n) const override {
    if (n.code) return shared_.reader->chunksWith(storage::IndexKind::Call, *n.code);
    return shared_.reader->chunksWithKind(storage::IndexKind::Call);
  }
  void fill(Window window, std::vector<Row>& rows) override {
    RowListener listener(shared_, window, rows);
    listener.call_ = [&](Frame* f, int64_t step) {
      Row row = newRow();
      row[0] = step;
      listener.describe(f, row, 1);
      row[4] = static_cast<int64_t>(f->code->firstlineno);
      row[5] = depthOf(f);
      rows.push_back(std::move(row));
    };
    replay(window, listener);
  }
};

class WritesTable : public TraceTable {
 public:
  explicit WritesTable(QueryTables::Shared& shared)
      : TraceTable(shared, "writes",
                   {integer("step", true), integer("object", true), text("type"), integer("code"),
                    text("function"), text("file"), integer("line")}) {}

 protected:
  std::optional<std::vector<int64_t>> indexedChunks(const Narrowing& n) const override {
    if (!n.object) return std::nullopt;
    // Writes in the chunk that made the object are not indexed as writes (recorder.cpp).
    std::set<int64_t> chunks;
    for (int64_t c : shared_.reader->chunksWith(storage::IndexKind::ObjectWrite, *n.object))
      chunks.insert(c);
    if (std::optional<std::string> bits = shared_.reader->meta("lifetime_index_bits"))
      for (int64_t c : shared_.reader->chunksWith(storage::IndexKind::ObjectBirth,
                                                  *n.object >> std::stoi(*bits)))
        chunks.insert(c);
    return std::vector<int64_t>(chunks.begin(), chunks.end());
  }
  void fill(Window window, std::vector<Row>& rows) override {
    RowListener listener(shared_, window, rows);
    listener.write_ = [&](Frame* f, Object* target, int64_t step) {
      Row row = newRow();
      row[0] = step;
      row[1] = static_cast<int64_t>(target->serial);
      row[2] = typeName(target);
      if (f) {
        listener.describe(f, row, 3);
        row[6] = static_cast<int64_t>(f->line());
      }
      rows.push_back(std::move(row));
    };
    replay(window, listener);
  }
};

class ExceptionsTable : public TraceTable {
 public:
  explicit ExceptionsTable(QueryTables::Shared& shared)
      : TraceTable(shared, "exceptions",
                   {integer("step", true), text("type"), integer("object"), integer("code"),
                    text("function"), text("file"), integer("line"), integer("depth")}) {}

 protected:
  std::optional<std::vector<int64_t>> indexedChunks(const Narrowing&) const override {
    return shared_.reader->chunksWithKind(storage::IndexKind::Raise);
  }
  void fill(Window window, std::vector<Row>& rows) override {
    RowListener listener(shared_, window, rows);
    listener.raise_ = [&](Frame* f, Value exception, int64_t step) {
      Row row = newRow();
      row[0] = step;
      if (exception.isObject()) {
        row[1] = typeName(exception.asObject());
        row[2] = static_cast<int64_t>(exception.asObject()->serial);
      }
      if (f) {
        listener.describe(f, row, 3);
        row[6] = static_cast<int64_t>(f->line());
        row[7] = depthOf(f);
      }
      rows.push_back(std::move(row));
    };
    replay(window, listener);
  }
};

// Output needs no replay: the chunks hold it.
class OutputTable : public TraceTable {
 public:
  explicit OutputTable(QueryTables::Shared& shared)
      : TraceTable(shared, "output", {integer("step", true), text("stream"), text("text")}) {}

 protected:
  std::optional<std::vector<int64_t>> indexedChunks(const Narrowing&) const override {
    return shared_.reader->chunksWithKind(storage::IndexKind::Output);
  }
  void fill(Window window, std::vector<Row>& rows) override {
    std::optional<storage::ChunkInfo> chunk = shared_.reader->chunkAt(window.first);
    if (!chunk) return;
    for (const ChunkEvent& e : decodeEvents(shared_.reader->chunkPayload(chunk->index))) {
      if (e.kind != EventKind::Output || e.step < window.first || e.step >= window.end) continue;
      Row row = newRow();
      row[0] = e.step;
      row[1] = std::string(e.stream == 2 ? "stderr" : "stdout");
      row[2] = e.text;
      rows.push_back(std::move(row));
    }
  }
};

}  // namespace

QueryTables::QueryTables(const std::string& tracePath) : shared_(std::make_unique<Shared>()) {
  shared_->timeline = Timeline::open(tracePath);
  try {
    shared_->reader = storage::TraceReader::open(tracePath);
  } catch (const storage::StorageError& e) {
    throw TimelineError(e.what());
  }
  shared_->chunks = shared_->reader->chunks();
  tables_.push_back(std::make_unique<StepsTable>(*shared_, false));
  tables_.push_back(std::make_unique<StepsTable>(*shared_, true));
  tables_.push_back(std::make_unique<CallsTable>(*shared_));
  tables_.push_back(std::make_unique<WritesTable>(*shared_));
  tables_.push_back(std::make_unique<ExceptionsTable>(*shared_));
  tables_.push_back(std::make_unique<OutputTable>(*shared_));
}

QueryTables::~QueryTables() = default;

std::vector<storage::QueryTable*> QueryTables::tables() {
  std::vector<storage::QueryTable*> list;
  for (auto& t : tables_)
    list.push_back(t.get());
  return list;
}

storage::QueryResult queryTrace(const std::string& tracePath, const std::string& sql) {
  QueryTables tables(tracePath);
  return storage::runTraceQuery(tracePath, sql, tables.tables());
}

}  // namespace rw::recorder
