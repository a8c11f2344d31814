// The timeline's navigation commands (timeline.h): each one learns what it needs about the
// step it starts from, picks the chunks that can hold its answer from the trace's indexes,
// and runs a search (nav_searches.h, write_search.h) over them.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "recorder/replay_query.h"
#include "recorder/state.h"
#include "recorder/timeline.h"
#include "trace_reader.h"

namespace rw::recorder {

struct BreakpointSite;
struct WatchSpec;

// A syntax tree node with its descendants: node ids are pre-order, so a subtree is a range.
struct NodeRange {
  int64_t sourceId = 0;
  uint32_t first = 0;
  uint32_t end = 0;         // one past the last descendant
  std::string description;  // "the Call at 3:4"
};

class Navigator {
 public:
  Navigator(const storage::TraceReader& reader, const std::map<int64_t, CodeInfo>& codes,
            ReplayProvider& provider);

  Arrival stepInstruction(int64_t from, Direction direction);
  Arrival stepLine(int64_t from, Direction direction);
  Arrival stepOver(int64_t from, Direction direction);
  Arrival stepOut(int64_t from, Direction direction);
  Arrival continueTo(int64_t from, Direction direction, const std::vector<Breakpoint>& breakpoints);
  Arrival continueToException(int64_t from, Direction direction);
  Arrival write(int64_t from, Direction direction, const std::string& target);
  Arrival creation(int64_t at, const std::string& expression);
  Arrival death(int64_t at, const std::string& expression);
  Arrival objectWrite(int64_t from, Direction direction, uint64_t objectId);
  Arrival objectCreation(uint64_t objectId);
  Arrival executeNode(int64_t from, Direction direction, const NodeRange& node);

 private:
  // The innermost frame at a step.
  struct FrameFacts {
    int64_t codeId = 0;
    int depth = 0;           // Python frames on the chain
    int64_t entryStep = -1;  // where its current activation began; -1 when unknown
  };
  FrameFacts frameFacts(int64_t step);
  // Runs `task` on the replay paused at `step`.
  void atStep(int64_t step, const std::function<void(Interp&)>& task);
  void checkStep(int64_t step) const;

  // The steps of the given chunks within [first, end), each `extra` steps longer.
  std::vector<StepWindow> chunkWindows(const std::vector<int64_t>& chunks, int64_t first,
                                       int64_t end, int64_t extra = 0) const;
  std::vector<int64_t> chunksWith(storage::IndexKind kind, const std::vector<int64_t>& keys) const;
  std::vector<int64_t> lineKeys(int64_t codeId,
                                const std::function<bool(const InstructionInfo&)>& wanted) const;
  std::vector<BreakpointSite> resolveBreakpoints(const std::vector<Breakpoint>& breakpoints) const;
  std::vector<StepWindow> writeWindows(const WatchSpec& spec, int64_t first, int64_t end) const;
  // The id of the object `expression` names at `at`; `note` says when it was made before
  // the program started.
  uint64_t objectAt(int64_t at, const std::string& expression, std::string& note);
  int lifetimeBits() const;
  // The chunks that made objects in the id block of `object`.
  std::vector<int64_t> birthChunks(uint64_t object) const;
  // The step that made object `serial`, found in the chunks of its id block.
  std::optional<int64_t> birthStep(uint64_t serial);

  // Runs a search forwards from `from` or backwards, within `windows`.
  std::optional<int64_t> search(StepSearch& search, Direction direction, int64_t from,
                                std::vector<StepWindow> windows);

  const storage::TraceReader& reader_;
  const std::map<int64_t, CodeInfo>& codes_;
  ReplayProvider& provider_;
  QueryRunner runner_;
  std::vector<storage::ChunkInfo> chunks_;  // ascending index
};

}  // namespace rw::recorder
