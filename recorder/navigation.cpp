#include "recorder/navigation.h"

#include <algorithm>
#include <set>

#include "objects/code.h"
#include "recorder/frame_evaluator.h"
#include "recorder/hosts.h"
#include "recorder/nav_searches.h"
#include "recorder/replay_session.h"
#include "recorder/watch_target.h"
#include "recorder/write_search.h"
#include "runtime/frame.h"
#include "runtime/interp.h"
#include "runtime/protocols.h"
#include "syntax/parser.h"

namespace rw::recorder {

namespace {

constexpr size_t kMaxWarnings = 10;

int64_t lineKey(int64_t codeId, int line) {
  return (codeId << 20) | line;
}

std::string stepText(int64_t step) {
  return "step " + std::to_string(step);
}

const char* directionWord(Direction d) {
  return d == Direction::Forward ? "after" : "before";
}

// Whether `file` names `path`: the same, or its trailing components.
bool namesFile(const std::string& path, const std::string& file) {
  if (path == file) return true;
  auto endsWithComponent = [](const std::string& longer, const std::string& shorter) {
    return longer.size() > shorter.size() && longer.ends_with(shorter) &&
           longer[longer.size() - shorter.size() - 1] == '/';
  };
  return endsWithComponent(path, file) || endsWithComponent(file, path);
}

void checkExpression(const std::string& expression, const std::string& what) {
  try {
    size_t start = expression.find_first_not_of(" \t");
    syntax::parse(start == std::string::npos ? "" : expression.substr(start), "<" + what + ">",
                  syntax::ParseMode::Eval);
  } catch (const syntax::SyntaxError& e) {
    throw NavigationError("the " + what + " '" + expression + "' is not a Python expression (" +
                          e.what() + ")");
  }
}

Arrival arrived(std::optional<int64_t> step, std::string found, std::string missing) {
  Arrival a;
  a.step = step;
  a.note = step ? std::move(found) : std::move(missing);
  return a;
}

}  // namespace

Navigator::Navigator(const storage::TraceReader& reader, const std::map<int64_t, CodeInfo>& codes,
                     ReplayProvider& provider)
    : reader_(reader),
      codes_(codes),
      provider_(provider),
      runner_(provider),
      chunks_(reader.chunks()) {}

void Navigator::checkStep(int64_t step) const {
  if (step < 0 || step >= provider_.steps())
    throw NavigationError("the trace has steps 0 to " + std::to_string(provider_.steps() - 1) +
                          "; there is no " + stepText(step));
}

void Navigator::atStep(int64_t step, const std::function<void(Interp&)>& task) {
  ReplaySession& replay = provider_.replayFor(step);
  bool reached = false;
  try {
    reached = replay.runToAndDo(step, task);
  } catch (const ReplayError& e) {
    provider_.discardReplay();
    throw TimelineError(e.what());
  }
  if (!reached) {
    provider_.discardReplay();
    throw TimelineError("the replay ended before " + stepText(step) +
                        " (the trace does not match this build)");
  }
}

Navigator::FrameFacts Navigator::frameFacts(int64_t step) {
  FrameFacts facts;
  atStep(step, [&](Interp& I) {
    if (!I.frame) return;
    facts.codeId = static_cast<int64_t>(I.frame->code->serial);
    facts.depth = I.recursionDepth;
    facts.entryStep = I.frame->entryStep;
  });
  return facts;
}

std::vector<StepWindow> Navigator::chunkWindows(const std::vector<int64_t>& chunks, int64_t first,
                                                int64_t end, int64_t extra) const {
  std::vector<StepWindow> windows;
  for (int64_t index : chunks) {
    auto it = std::lower_bound(chunks_.begin(), chunks_.end(), index,
                               [](const storage::ChunkInfo& c, int64_t i) { return c.index < i; });
    if (it == chunks_.end() || it->index != index) continue;
    StepWindow w{std::max(first, it->firstStep),
                 std::min(end, it->firstStep + it->stepCount + extra)};
    if (w.first < w.end) windows.push_back(w);
  }
  return windows;
}

std::vector<int64_t> Navigator::chunksWith(storage::IndexKind kind,
                                           const std::vector<int64_t>& keys) const {
  std::set<int64_t> chunks;
  for (int64_t key : keys)
    for (int64_t c : reader_.chunksWith(kind, key))
      chunks.insert(c);
  return {chunks.begin(), chunks.end()};
}

std::vector<int64_t> Navigator::lineKeys(
    int64_t codeId, const std::function<bool(const InstructionInfo&)>& wanted) const {
  std::set<int> lines;
  auto it = codes_.find(codeId);
  if (it != codes_.end())
    for (const InstructionInfo& info : it->second.instructions)
      if (info.location.line > 0 && wanted(info)) lines.insert(info.location.line);
  std::vector<int64_t> keys;
  for (int line : lines)
    keys.push_back(lineKey(codeId, line));
  return keys;
}

std::optional<int64_t> Navigator::search(StepSearch& s, Direction direction, int64_t from,
                                         std::vector<StepWindow> windows) {
  try {
    if (direction == Direction::Forward) {
      s.setBounds(from + 1, provider_.steps());
      return runner_.first(s, std::move(windows));
    }
    s.setBounds(0, from);
    return runner_.last(s, std::move(windows));
  } catch (const SearchFailed& e) {
    throw NavigationError(e.what());
  } catch (const ReplayError& e) {
    throw TimelineError(e.what());
  }
}

Arrival Navigator::stepInstruction(int64_t from, Direction direction) {
  checkStep(from);
  if (direction == Direction::Forward)
    return arrived(from + 1 < provider_.steps() ? std::optional<int64_t>(from + 1) : std::nullopt,
                   "", stepText(from) + " is the last step");
  return arrived(from > 0 ? std::optional<int64_t>(from - 1) : std::nullopt, "",
                 "step 0 is the first step");
}

Arrival Navigator::stepLine(int64_t from, Direction direction) {
  checkStep(from);
  LineStartSearch s;
  StepWindow all = direction == Direction::Forward ? StepWindow{from + 1, provider_.steps()}
                                                   : StepWindow{0, from};
  return arrived(search(s, direction, from, {all}), "",
                 std::string("no line starts ") + directionWord(direction) + " " + stepText(from));
}

Arrival Navigator::stepOver(int64_t from, Direction direction) {
  checkStep(from);
  FrameFacts facts = frameFacts(from);
  StepOverSearch s(facts.depth);
  std::vector<int64_t> ownLines =
      chunksWith(storage::IndexKind::Line,
                 lineKeys(facts.codeId, [](const InstructionInfo&) { return true; }));
  std::vector<StepWindow> windows;
  if (direction == Direction::Forward) {
    // Line starts of this frame, or anything once it has returned.
    windows = chunkWindows(ownLines, from + 1, provider_.steps());
    for (StepWindow w : chunkWindows(chunksWith(storage::IndexKind::Return, {facts.codeId}),
                                     from + 1, provider_.steps(), 1))
      windows.push_back(w);
  } else {
    // Since the activation began only this frame's own steps qualify; before it, any step.
    int64_t entry = facts.entryStep >= 0 && facts.entryStep <= from ? facts.entryStep : from;
    windows = chunkWindows(ownLines, entry, from);
    windows.push_back(StepWindow{0, entry});
  }
  return arrived(search(s, direction, from, std::move(windows)), "",
                 std::string("no line starts ") + directionWord(direction) + " " + stepText(from) +
                     " in this frame or a caller");
}

Arrival Navigator::stepOut(int64_t from, Direction direction) {
  checkStep(from);
  FrameFacts facts = frameFacts(from);
  if (facts.depth <= 1)
    return arrived(std::nullopt, "", "the outermost frame has no caller to return to");
  StepOutSearch s(facts.depth);
  std::vector<StepWindow> windows;
  if (direction == Direction::Forward) {
    // The frame leaves the chain in a chunk that returns from its code; the caller's step
    // may be the first of the next chunk.
    windows = chunkWindows(chunksWith(storage::IndexKind::Return, {facts.codeId}), from + 1,
                           provider_.steps(), 1);
  } else {
    int64_t entry = facts.entryStep >= 0 && facts.entryStep <= from ? facts.entryStep : from;
    windows.push_back(StepWindow{0, entry});
  }
  return arrived(search(s, direction, from, std::move(windows)), "",
                 direction == Direction::Forward ? "the frame does not return before the trace ends"
                                                 : "the frame's call was not recorded");
}

std::vector<BreakpointSite> Navigator::resolveBreakpoints(
    const std::vector<Breakpoint>& breakpoints) const {
  if (breakpoints.empty()) throw NavigationError("no breakpoint given");
  std::vector<BreakpointSite> sites;
  for (const Breakpoint& b : breakpoints) {
    BreakpointSite site;
    site.label = b.file + ":" + std::to_string(b.line);
    site.line = b.line;
    site.condition = b.condition;
    if (!b.condition.empty()) checkExpression(b.condition, "condition");
    bool fileKnown = false;
    for (const auto& [id, code] : codes_) {
      if (!namesFile(code.filename, b.file)) continue;
      fileKnown = true;
      // A frame's prologue, up to its first RESUME, never starts a line (line_tracker.h).
      size_t first = 0;
      while (first < code.instructions.size() &&
             code.instructions[first].instruction.opname != "RESUME")
        ++first;
      if (first == code.instructions.size()) first = 0;
      for (size_t i = first + 1; i < code.instructions.size(); ++i)
        if (code.instructions[i].location.line == b.line &&
            code.instructions[i].instruction.opname != "RESUME") {
          site.codeIds.push_back(id);
          break;
        }
    }
    if (!fileKnown) throw NavigationError("no code of a file named " + b.file + " is in the trace");
    if (site.codeIds.empty())
      throw NavigationError(
          site.label +
          " has no code (a blank line, a comment, or part of a statement that starts earlier)");
    sites.push_back(std::move(site));
  }
  return sites;
}

Arrival Navigator::continueTo(int64_t from, Direction direction,
                              const std::vector<Breakpoint>& breakpoints) {
  checkStep(from);
  std::vector<BreakpointSite> sites = resolveBreakpoints(breakpoints);
  std::vector<int64_t> keys;
  for (const BreakpointSite& site : sites)
    for (int64_t code : site.codeIds)
      keys.push_back(lineKey(code, site.line));
  bool forward = direction == Direction::Forward;
  std::vector<StepWindow> windows =
      chunkWindows(chunksWith(storage::IndexKind::Line, keys), forward ? from + 1 : 0,
                   forward ? provider_.steps() : from);
  BreakpointSearch s(std::move(sites));
  std::optional<int64_t> step = search(s, direction, from, std::move(windows));
  Arrival a = arrived(
      step, "",
      std::string("no breakpoint is hit ") + directionWord(direction) + " " + stepText(from));
  // Conditions that raised at hits the command went past.
  std::vector<std::string> passed;
  for (const ConditionError& e : s.conditionErrors()) {
    bool before = forward ? (!step || e.step < *step) : (!step || e.step > *step);
    if (before && e.step != from) passed.push_back(stepText(e.step) + ": " + e.message);
  }
  if (!forward) std::reverse(passed.begin(), passed.end());
  for (size_t i = 0; i < passed.size() && i < kMaxWarnings; ++i)
    a.warnings.push_back(passed[i]);
  if (passed.size() > kMaxWarnings)
    a.warnings.push_back("... and " + std::to_string(passed.size() - kMaxWarnings) + " more");
  return a;
}

Arrival Navigator::continueToException(int64_t from, Direction direction) {
  checkStep(from);
  bool forward = direction == Direction::Forward;
  std::vector<StepWindow> windows =
      chunkWindows(reader_.chunksWithKind(storage::IndexKind::Raise), forward ? from + 1 : 0,
                   forward ? provider_.steps() : from);
  ExceptionSearch s;
  std::optional<int64_t> step = search(s, direction, from, std::move(windows));
  return arrived(
      step, s.matchType() + " raised",
      std::string("no exception is raised ") + directionWord(direction) + " " + stepText(from));
}

std::vector<StepWindow> Navigator::writeWindows(const WatchSpec& spec, int64_t first,
                                                int64_t end) const {
  std::vector<int64_t> chunks;
  if (spec.kind == BindingKind::FastLocal) {
    bool unlocated = false;
    auto storesSlot = [&](const InstructionInfo& info) {
      bool store =
          (info.instruction.opname == "STORE_FAST" || info.instruction.opname == "DELETE_FAST") &&
          static_cast<int32_t>(info.instruction.arg) == spec.slot;
      return store;
    };
    auto it = codes_.find(spec.codeId);
    if (it != codes_.end())
      for (const InstructionInfo& info : it->second.instructions)
        unlocated = unlocated || (storesSlot(info) && info.location.line <= 0);
    if (unlocated) return {StepWindow{first, end}};
    chunks = chunksWith(storage::IndexKind::Line, lineKeys(spec.codeId, storesSlot));
  } else {
    chunks =
        chunksWith(storage::IndexKind::ObjectWrite,
                   std::vector<int64_t>(spec.writtenObjects.begin(), spec.writtenObjects.end()));
    // Writes in the chunk that made an object are not indexed as writes: add those chunks.
    if (std::optional<std::string> bits = reader_.meta("lifetime_index_bits"))
      for (uint64_t object : spec.writtenObjects)
        for (int64_t c : reader_.chunksWith(storage::IndexKind::ObjectBirth,
                                            static_cast<int64_t>(object >> std::stoi(*bits))))
          chunks.push_back(c);
  }
  // The step that made the holder counts as writing what it was born with (arguments).
  if (std::optional<std::string> bits = reader_.meta("lifetime_index_bits"))
    for (int64_t c : reader_.chunksWith(storage::IndexKind::ObjectBirth,
                                        static_cast<int64_t>(spec.owner >> std::stoi(*bits))))
      chunks.push_back(c);
  return chunkWindows(chunks, first, end);
}

Arrival Navigator::write(int64_t from, Direction direction, const std::string& text) {
  checkStep(from);
  WriteTarget target;
  try {
    target = parseWriteTarget(text);
  } catch (const std::invalid_argument& e) {
    throw NavigationError(e.what());
  }
  TargetResolution resolution;
  atStep(from, [&](Interp& I) { resolution = resolveWriteTarget(I, target); });
  if (!resolution.sideEffect.empty()) {
    provider_.discardReplay();
    throw NavigationError("evaluating " + text + " at " + stepText(from) +
                          " would change the program: " + resolution.sideEffect);
  }
  if (!resolution.spec) throw NavigationError(resolution.error + " (at " + stepText(from) + ")");
  bool forward = direction == Direction::Forward;
  std::vector<StepWindow> windows =
      writeWindows(*resolution.spec, forward ? from + 1 : 0, forward ? provider_.steps() : from);
  std::string description = resolution.spec->description;
  WriteSearch s(std::move(*resolution.spec));
  return arrived(
      search(s, direction, from, std::move(windows)), "writes " + description,
      description + " is not written " + directionWord(direction) + " " + stepText(from));
}

int Navigator::lifetimeBits() const {
  std::optional<std::string> bits = reader_.meta("lifetime_index_bits");
  if (!bits)
    throw NavigationError(
        "the trace has no index of object births and deaths (it was recorded by an older Rewind); "
        "record it again");
  return std::stoi(*bits);
}

uint64_t Navigator::objectAt(int64_t at, const std::string& expression, std::string& note) {
  checkStep(at);
  checkExpression(expression, "expression");
  uint64_t serial = 0;
  bool startup = false;
  std::string problem;
  Evaluation e;
  atStep(at, [&](Interp& I) {
    if (!I.frame) {
      problem = "no frame is executing at " + stepText(at);
      return;
    }
    e = evaluateInFrame(I, I.frame, expression, [&](Interp& I2, Value v) {
      if (!v.isObject())
        problem = expression + " is " + reprString(I2, v) + ", a value without an identity";
      else if (!isProgramObjectSerial(v.asObject()->serial))
        problem = expression + " makes a new object; name one the program holds";
      else
        serial = v.asObject()->serial;
    });
    startup = serial != 0 && serial < I.startupSerialLimit();
  });
  if (!e.sideEffect.empty()) {
    provider_.discardReplay();
    throw NavigationError("evaluating " + expression + " at " + stepText(at) +
                          " would change the program: " + e.sideEffect);
  }
  if (!problem.empty()) throw NavigationError(problem + " (at " + stepText(at) + ")");
  if (!e.ok)
    throw NavigationError(expression + " cannot be evaluated at " + stepText(at) + ": " + e.error);
  if (startup)
    note = expression + " was made when the interpreter started, before the program's first step";
  return serial;
}

std::vector<int64_t> Navigator::birthChunks(uint64_t object) const {
  return reader_.chunksWith(storage::IndexKind::ObjectBirth,
                            static_cast<int64_t>(object >> lifetimeBits()));
}

std::optional<int64_t> Navigator::birthStep(uint64_t serial) {
  LifetimeSearch s(serial, true);
  std::vector<StepWindow> windows = chunkWindows(birthChunks(serial), 0, provider_.steps());
  try {
    s.setBounds(0, provider_.steps());
    return runner_.first(s, std::move(windows));
  } catch (const ReplayError& e) {
    throw TimelineError(e.what());
  }
}

Arrival Navigator::creation(int64_t at, const std::string& expression) {
  lifetimeBits();  // a trace without the index fails here, before the replay objectAt needs
  std::string note;
  uint64_t serial = objectAt(at, expression, note);
  if (!note.empty()) return arrived(std::nullopt, "", note);
  return arrived(birthStep(serial), "creates " + expression,
                 expression + " was made before the program's first step");
}

Arrival Navigator::objectCreation(uint64_t objectId) {
  return arrived(birthStep(objectId), "creates the object",
                 "the object was made before the program's first step");
}

Arrival Navigator::objectWrite(int64_t from, Direction direction, uint64_t objectId) {
  checkStep(from);
  bool forward = direction == Direction::Forward;
  // Writes in the chunk that made an object are not indexed as writes: add those chunks.
  std::vector<int64_t> chunks =
      chunksWith(storage::IndexKind::ObjectWrite, {static_cast<int64_t>(objectId)});
  for (int64_t c : birthChunks(objectId))
    chunks.push_back(c);
  std::sort(chunks.begin(), chunks.end());
  chunks.erase(std::unique(chunks.begin(), chunks.end()), chunks.end());
  ObjectWriteSearch s(objectId);
  return arrived(
      search(s, direction, from,
             chunkWindows(chunks, forward ? from + 1 : 0, forward ? provider_.steps() : from)),
      "changes the object",
      std::string("the object is not changed ") + directionWord(direction) + " " + stepText(from));
}

Arrival Navigator::executeNode(int64_t from, Direction direction, const NodeRange& node) {
  checkStep(from);
  // The code objects holding the node's instructions, and the lines the recorder indexed
  // them under (an instruction without a line of its own counts as the line before it).
  std::vector<int64_t> codeIds, keys;
  for (const auto& [id, code] : codes_) {
    if (code.sourceId != node.sourceId) continue;
    bool holds = false;
    int line = code.firstLine;
    for (const InstructionInfo& info : code.instructions) {
      if (info.location.line > 0) line = info.location.line;
      if (info.location.astNode < node.first || info.location.astNode >= node.end) continue;
      holds = true;
      if (line > 0) keys.push_back(lineKey(id, line));
    }
    if (holds) codeIds.push_back(id);
  }
  if (codeIds.empty())
    return arrived(std::nullopt, "",
                   node.description + " compiles to no instruction of the recorded code");
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  bool forward = direction == Direction::Forward;
  std::vector<StepWindow> windows =
      chunkWindows(chunksWith(storage::IndexKind::Line, keys), forward ? from + 1 : 0,
                   forward ? provider_.steps() : from);
  NodeEntrySearch s(std::move(codeIds), node.first, node.end);
  return arrived(
      search(s, direction, from, std::move(windows)), "executes " + node.description,
      node.description + " does not run " + directionWord(direction) + " " + stepText(from));
}

Arrival Navigator::death(int64_t at, const std::string& expression) {
  int bits = lifetimeBits();
  std::string note;
  uint64_t serial = objectAt(at, expression, note);
  LifetimeSearch s(serial, false);
  std::vector<StepWindow> windows = chunkWindows(
      reader_.chunksWith(storage::IndexKind::ObjectDeath, static_cast<int64_t>(serial >> bits)), at,
      provider_.steps());
  std::optional<int64_t> step;
  try {
    s.setBounds(at, provider_.steps());
    step = runner_.first(s, std::move(windows));
  } catch (const ReplayError& e) {
    throw TimelineError(e.what());
  }
  return arrived(step, "releases " + expression,
                 expression + " is still alive when the trace ends");
}

}  // namespace rw::recorder
