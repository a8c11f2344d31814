// The timeline over a trace file: indexes from SQLite, state by keyframe + replay.
#include "recorder/timeline.h"

#include <algorithm>
#include <map>

#include "compiler/symtable.h"
#include "recorder/code_blob.h"
#include "recorder/event_scan.h"
#include "recorder/hosts.h"
#include "recorder/navigation.h"
#include "recorder/recorder.h"
#include "recorder/replay_query.h"
#include "recorder/replay_session.h"
#include "syntax/ast.h"
#include "syntax/parser.h"
#include "syntax/tokenizer.h"
#include "trace_reader.h"

namespace rw::recorder {

namespace {

// A replay continues forwards instead of restarting at a later keyframe when it is fewer
// steps behind than this: restoring a keyframe costs about as much as replaying them.
constexpr int64_t kContinueSteps = 1 << 14;
// How many states one request reads when the timeline is stepped one step at a time.
constexpr int64_t kReadAheadSteps = 256;

class TraceTimeline : public Timeline, private ReplayProvider {
 public:
  explicit TraceTimeline(const std::string& path) : path_(path) {
    try {
      reader_ = storage::TraceReader::open(path);
    } catch (const storage::StorageError& e) {
      throw TimelineError(e.what());
    }
    std::string fingerprint = reader_->meta("engine_fingerprint").value_or("");
    if (fingerprint != currentEngineFingerprint())
      throw TimelineError(
          path + ": the trace was recorded by a different build of Rewind; record it again");
    steps_ = reader_->steps();
    status_ = reader_->meta("status").value_or(reader_->finished() ? "complete" : "cut off");
    exitCode_ = std::stoi(reader_->meta("exit_code").value_or("0"));
    std::string argv = reader_->meta("argv").value_or("");
    for (size_t start = 0; start < argv.size();) {
      size_t end = argv.find('\0', start);
      if (end == std::string::npos) end = argv.size();
      argv_.push_back(argv.substr(start, end - start));
      start = end + 1;
    }
    for (const storage::SourceRecord& s : reader_->sources())
      sources_.push_back(SourceInfo{s.fileId, s.path, s.text});
    try {
      for (int64_t id : reader_->blobIds(storage::BlobKind::Code))
        codes_.emplace(id, decodeCodeBlob(*reader_->blob(storage::BlobKind::Code, id)));
      loadEvents();
    } catch (const support::DecodeError& e) {
      throw TimelineError(path + ": corrupt trace data (" + e.what() + ")");
    }
    keyframes_ = reader_->keyframeSteps();
    navigator_ = std::make_unique<Navigator>(*reader_, codes_, static_cast<ReplayProvider&>(*this));
  }

  int64_t steps() const override { return steps_; }
  std::string status() const override { return status_; }
  int exitCode() const override { return exitCode_; }
  const std::vector<SourceInfo>& sources() const override { return sources_; }

  std::vector<int64_t> codeIds() const override {
    std::vector<int64_t> ids;
    for (auto& [id, info] : codes_)
      ids.push_back(id);
    return ids;
  }

  const CodeInfo& code(int64_t codeId) const override {
    auto it = codes_.find(codeId);
    if (it == codes_.end())
      throw TimelineError("no code object " + std::to_string(codeId) + " in the trace");
    return it->second;
  }

  const std::vector<syntax::Token>& tokens(int64_t sourceId) override {
    Front& f = front(sourceId);
    if (!f.tokensReady) {
      f.tokensReady = true;
      try {
        f.tokens = syntax::tokenize(sourceText(sourceId), syntax::TokenizeMode::Display,
                                    sourcePath(sourceId));
      } catch (const syntax::SyntaxError&) {
        f.tokens.clear();
      }
    }
    return f.tokens;
  }

  const syntax::ParsedModule& ast(int64_t sourceId) override {
    Front& f = front(sourceId);
    if (!f.ast) {
      try {
        f.ast = syntax::parse(sourceText(sourceId), sourcePath(sourceId));
      } catch (const syntax::SyntaxError& e) {
        throw TimelineError(sourcePath(sourceId) + ": " + e.what());
      }
    }
    return *f.ast;
  }

  const SymbolTable& symbols(int64_t sourceId) override {
    Front& f = front(sourceId);
    if (!f.symbols) f.symbols = buildSymbolTable(ast(sourceId), sourcePath(sourceId));
    return *f.symbols;
  }

  StepState state(int64_t step) override {
    if (steps_ <= 0) throw TimelineError(path_ + ": the trace has no steps");
    step = std::clamp<int64_t>(step, 0, steps_ - 1);
    if (auto cached = readAhead_.find(step); cached != readAhead_.end()) return cached->second;
    // Stepping backwards: replaying from the keyframe for every step would cost a whole
    // keyframe interval each; one replay reads the states of the steps before as well.
    // Stepping forwards: each step is a round trip to the replay thread, which a loaded
    // machine may delay by milliseconds; one request reads the next states as well.
    if (lastState_ == step + 1 || lastState_ == step - 1) {
      fillReadAhead(step, lastState_ == step + 1 ? Direction::Backward : Direction::Forward);
      if (auto cached = readAhead_.find(step); cached != readAhead_.end()) return cached->second;
    }
    lastState_ = step;
    return replayedState(step);
  }

  void replay(int64_t first, int64_t end, ReplayListener& listener) override {
    first = std::max<int64_t>(first, 0);
    end = std::min(end, steps_);
    if (first >= end) return;
    try {
      replayFor(first).run(listener, end);
    } catch (const ReplayError& e) {
      session_.reset();
      throw TimelineError(path_ + ": " + e.what());
    }
  }

  Arrival stepInstruction(int64_t from, Direction d) override {
    return navigate([&] { return navigator_->stepInstruction(from, d); });
  }
  Arrival stepLine(int64_t from, Direction d) override {
    return navigate([&] { return navigator_->stepLine(from, d); });
  }
  Arrival stepOver(int64_t from, Direction d) override {
    return navigate([&] { return navigator_->stepOver(from, d); });
  }
  Arrival stepOut(int64_t from, Direction d) override {
    return navigate([&] { return navigator_->stepOut(from, d); });
  }
  Arrival continueTo(int64_t from, Direction d,
                     const std::vector<Breakpoint>& breakpoints) override {
    return navigate([&] { return navigator_->continueTo(from, d, breakpoints); });
  }
  Arrival continueToException(int64_t from, Direction d) override {
    return navigate([&] { return navigator_->continueToException(from, d); });
  }
  Arrival write(int64_t from, Direction d, const std::string& target) override {
    return navigate([&] { return navigator_->write(from, d, target); });
  }
  Arrival creation(int64_t at, const std::string& expression) override {
    return navigate([&] { return navigator_->creation(at, expression); });
  }
  Arrival death(int64_t at, const std::string& expression) override {
    return navigate([&] { return navigator_->death(at, expression); });
  }
  Arrival objectWrite(int64_t from, Direction d, uint64_t objectId) override {
    return navigate([&] { return navigator_->objectWrite(from, d, objectId); });
  }
  Arrival objectCreation(uint64_t objectId) override {
    return navigate([&] { return navigator_->objectCreation(objectId); });
  }
  Arrival executeNode(int64_t from, Direction d, int64_t sourceId, uint32_t astNode) override {
    return navigate([&] { return navigator_->executeNode(from, d, nodeRange(sourceId, astNode)); });
  }

  std::vector<TimelineEvent> events(int64_t first, int64_t end) override {
    first = std::clamp<int64_t>(first, 0, steps_);
    end = std::clamp<int64_t>(end, first, steps_);
    std::vector<TimelineEvent> found;
    if (first == end) return found;
    EventScan scan(first, end);
    try {
      replayFor(first).run(scan, end);
    } catch (const ReplayError& e) {
      session_.reset();
      throw TimelineError(path_ + ": " + e.what());
    }
    found = scan.take();
    for (const ChunkEvent& e : outputs_) {
      if (e.step < first) continue;
      // What the program wrote while ending (an uncaught exception's traceback) comes after
      // its last step: it belongs to the range that ends the run.
      if (e.step >= end && end < steps_) break;
      TimelineEvent output;
      output.kind = TimelineEvent::Kind::Output;
      output.step = e.step;
      output.detail = e.text;
      output.stream = e.stream;
      found.push_back(std::move(output));
    }
    std::stable_sort(
        found.begin(), found.end(),
        [](const TimelineEvent& a, const TimelineEvent& b) { return a.step < b.step; });
    return found;
  }

 private:
  // ReplayProvider
  const std::vector<int64_t>& keyframes() const override { return keyframes_; }
  int64_t keyframeFor(int64_t step) const override {
    return keyframeAtOrBefore(step > 0 ? step - 1 : 0);
  }
  ReplaySession& replayFor(int64_t step) override {
    int64_t keyframe = keyframeFor(step);
    bool usable = session_ && !session_->finished() && session_->position() <= step &&
                  session_->position() >= keyframe && (session_->startStep() < step || step == 0);
    if (!usable) startReplay(keyframe);
    return *session_;
  }
  uint64_t replayGeneration() const override { return generation_; }
  void discardReplay() override { session_.reset(); }

  // The state at `step` from the current replay when it can get there more cheaply than a
  // replay from the nearest keyframe, else from a new one.
  StepState replayedState(int64_t step) {
    int64_t keyframe = keyframeAtOrBefore(step);
    bool continuing =
        session_ && !session_->finished() && session_->position() <= step &&
        (session_->position() >= keyframe || step - session_->position() < kContinueSteps);
    if (!continuing) startReplay(keyframe);
    std::optional<StepState> found;
    try {
      found = session_->runTo(step, ExtractOptions{});
    } catch (const ReplayError& e) {
      session_.reset();
      throw TimelineError(path_ + ": " + e.what());
    }
    if (!found) {
      session_.reset();
      throw TimelineError(path_ + ": the replay ended before step " + std::to_string(step) +
                          " (the trace does not match this build)");
    }
    return finishState(std::move(*found));
  }

  // Reads the states of `step` and the kReadAheadSteps - 1 steps before or after it; the
  // next read-ahead starts when a step leaves them at their far end.
  void fillReadAhead(int64_t step, Direction direction) {
    readAhead_.clear();
    int64_t first =
        direction == Direction::Backward ? std::max<int64_t>(0, step - kReadAheadSteps + 1) : step;
    int64_t last =
        direction == Direction::Backward ? step : std::min(steps_ - 1, step + kReadAheadSteps - 1);
    for (int64_t s = first; s <= last; ++s)
      readAhead_.emplace(s, replayedState(s));
    lastState_ = direction == Direction::Backward ? first : last;
  }

  StepState finishState(StepState state) {
    state.steps = steps_;
    if (!state.frames.empty()) {
      const FrameView& top = state.frames.front();
      auto it = codes_.find(top.codeId);
      if (it != codes_.end() && top.offset < it->second.instructions.size()) {
        const InstructionInfo& info = it->second.instructions[top.offset];
        state.instruction = info.instruction;
        state.location = info.location;
      }
    }
    for (const ChunkEvent& e : outputs_) {
      if (e.step >= state.step) break;
      (e.stream == 2 ? state.stderrText : state.stdoutText) += e.text;
    }
    return state;
  }

  int64_t keyframeAtOrBefore(int64_t step) const {
    auto it = std::upper_bound(keyframes_.begin(), keyframes_.end(), step);
    if (it == keyframes_.begin())
      throw TimelineError(path_ + ": no keyframe before step " + std::to_string(step));
    return *std::prev(it);
  }

  void startReplay(int64_t keyframeStep) {
    session_.reset();
    std::optional<storage::KeyframeRecord> keyframe = reader_->keyframeAtOrBefore(keyframeStep);
    if (!keyframe)
      throw TimelineError(path_ + ": no keyframe before step " + std::to_string(keyframeStep));
    ReplayInput input;
    for (const SourceInfo& source : sources_)
      input.sources.emplace_back(source.path, source.text);
    input.argv = argv_;
    input.keyframe = std::move(keyframe->payload);
    input.keyframeStep = keyframe->step;
    for (const ChunkEvent& e : inputs_)
      if (e.step >= input.keyframeStep) input.inputs.push_back(e);
    session_ = std::make_unique<ReplaySession>(std::move(input));
    ++generation_;
  }

  template <class F>
  Arrival navigate(F&& command) {
    if (steps_ <= 0) throw TimelineError(path_ + ": the trace has no steps");
    try {
      return command();
    } catch (const NavigationError&) {
      throw;
    } catch (const TimelineError& e) {
      session_.reset();
      throw TimelineError(path_ + ": " + e.what());
    } catch (const storage::StorageError& e) {
      throw TimelineError(e.what());
    }
  }

  // The node and its descendants: pre-order ids up to the last node of its rightmost branch.
  NodeRange nodeRange(int64_t sourceId, uint32_t astNode) {
    const syntax::ParsedModule& module = ast(sourceId);
    if (astNode >= module.byId.size())
      throw NavigationError(sourcePath(sourceId) + " has no syntax tree node " +
                            std::to_string(astNode));
    syntax::Node* node = module.byId[astNode];
    NodeRange range;
    range.sourceId = sourceId;
    range.first = astNode;
    range.description = "the " + std::string(syntax::nodeKindName(node->kind)) + " at " +
                        std::to_string(node->span.line) + ":" + std::to_string(node->span.col);
    for (syntax::Node* last = node; last;) {
      range.end = last->id + 1;
      syntax::Node* child = nullptr;
      syntax::forEachChild(*last, [&](syntax::Node* c) { child = c; });
      last = child;
    }
    return range;
  }

  struct Front {
    bool tokensReady = false;
    std::vector<syntax::Token> tokens;
    std::unique_ptr<syntax::ParsedModule> ast;
    std::unique_ptr<SymbolTable> symbols;
  };

  void loadEvents() {
    std::vector<int64_t> wanted;
    for (auto kind :
         {std::pair{storage::IndexKind::Output, 1}, std::pair{storage::IndexKind::Output, 2},
          std::pair{storage::IndexKind::Input, 1}}) {
      for (int64_t c : reader_->chunksWith(kind.first, kind.second))
        wanted.push_back(c);
    }
    std::sort(wanted.begin(), wanted.end());
    wanted.erase(std::unique(wanted.begin(), wanted.end()), wanted.end());
    for (int64_t chunk : wanted) {
      for (ChunkEvent& e : decodeEvents(reader_->chunkPayload(chunk))) {
        if (e.kind == EventKind::Output)
          outputs_.push_back(std::move(e));
        else
          inputs_.push_back(std::move(e));
      }
    }
  }

  Front& front(int64_t sourceId) {
    sourcePath(sourceId);
    return fronts_[sourceId];
  }
  const std::string& sourceText(int64_t id) const { return sourceFor(id).text; }
  const std::string& sourcePath(int64_t id) const { return sourceFor(id).path; }
  const SourceInfo& sourceFor(int64_t id) const {
    for (const SourceInfo& s : sources_)
      if (s.id == id) return s;
    throw TimelineError("no source " + std::to_string(id) + " in the trace");
  }

  std::string path_;
  std::unique_ptr<storage::TraceReader> reader_;
  int64_t steps_ = 0;
  std::string status_;
  int exitCode_ = 0;
  std::vector<std::string> argv_;
  std::vector<SourceInfo> sources_;
  std::map<int64_t, CodeInfo> codes_;
  std::vector<ChunkEvent> outputs_;
  std::vector<ChunkEvent> inputs_;
  std::map<int64_t, Front> fronts_;
  std::vector<int64_t> keyframes_;
  std::unique_ptr<ReplaySession> session_;
  // States read ahead for stepping one step at a time, and the step of the last state read.
  std::map<int64_t, StepState> readAhead_;
  int64_t lastState_ = -1;
  uint64_t generation_ = 0;
  std::unique_ptr<Navigator> navigator_;
};

}  // namespace

std::unique_ptr<Timeline> Timeline::open(const std::string& tracePath) {
  return std::make_unique<TraceTimeline>(tracePath);
}

}  // namespace rw::recorder
