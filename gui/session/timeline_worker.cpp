#include "gui/session/timeline_worker.h"

#include "gui/session/builtin_names.h"
#include "recorder/timeline.h"

namespace rw::gui {

namespace {

// How many library frames "just my code" steps out of before giving up and showing one.
constexpr int kMaxLibraryExits = 64;

// States read ahead when going backwards (see stateAt).
constexpr int64_t kStatesReadBackwards = 24;

}  // namespace

TimelineWorker::TimelineWorker() = default;
TimelineWorker::~TimelineWorker() = default;

TraceInfoPtr TimelineWorker::load(const std::string& tracePath, std::string recordingOutput) {
  // Drop the old timeline first: its replay thread and file handle go before the new open.
  timeline_.reset();
  trace_.reset();
  recent_.clear();
  timeline_ = std::shared_ptr<recorder::Timeline>(recorder::Timeline::open(tracePath));
  auto trace = std::make_shared<TraceInfo>();
  trace->tracePath = tracePath;
  trace->steps = timeline_->steps();
  trace->status = timeline_->status();
  trace->exitCode = timeline_->exitCode();
  trace->recordingOutput = std::move(recordingOutput);
  trace->builtinNames = builtinNames();
  for (int64_t id : timeline_->codeIds())
    trace->codes.emplace(id, timeline_->code(id));
  for (const recorder::SourceInfo& info : timeline_->sources()) {
    SourceDocument document;
    document.info = info;
    document.tokens = timeline_->tokens(info.id);
    try {
      // Aliases the timeline, which keeps the tree alive for as long as a model shows it.
      document.ast =
          std::shared_ptr<const syntax::ParsedModule>(timeline_, &timeline_->ast(info.id));
      try {
        document.symbols =
            std::shared_ptr<const SymbolTable>(timeline_, &timeline_->symbols(info.id));
      } catch (const std::exception& e) {
        document.symbolsError = e.what();
      }
    } catch (const recorder::TimelineError& e) {
      document.astError = e.what();
      document.symbolsError = e.what();
    }
    trace->sources.push_back(std::move(document));
  }
  trace_ = trace;
  if (trace->steps > 0 && trace->exitCode != 0) trace->openingStep = uncaughtRaiseStep();
  return trace;
}

// The last raise of the run; the search looks strictly before its starting step, so the
// last step itself is checked going forwards from there.
int64_t TimelineWorker::uncaughtRaiseStep() {
  int64_t last = timeline_->steps() - 1;
  std::optional<int64_t> before =
      timeline_->continueToException(last, recorder::Direction::Backward).step;
  if (!before) return 0;
  std::optional<int64_t> after =
      timeline_->continueToException(*before, recorder::Direction::Forward).step;
  return after.value_or(*before);
}

// Besides TimelineError and RecordingError, a damaged trace can fail deeper down (a number
// that does not parse, a bad allocation size); the user gets the message either way.
void TimelineWorker::openTrace(quint64 generation, const QString& tracePath) {
  try {
    emit traceOpened(generation, load(tracePath.toStdString(), {}));
  } catch (const std::exception& e) {
    timeline_.reset();
    trace_.reset();
    emit openFailed(generation, QString::fromStdString(e.what()));
  }
}

void TimelineWorker::recordAndOpen(quint64 generation, const QString& programPath,
                                   const QString& tracePath, const RecordingSettings& settings,
                                   std::shared_ptr<std::atomic<bool>> cancel) {
  RecordingOutcome outcome;
  try {
    outcome = recordPythonFile(programPath.toStdString(), tracePath.toStdString(), settings,
                               [this, generation, cancel](int64_t steps) {
                                 emit recordingProgress(generation, steps);
                                 return !cancel->load();
                               });
  } catch (const std::exception& e) {
    if (cancel->load()) {
      emit recordingCancelled(generation);
    } else {
      timeline_.reset();
      trace_.reset();
      emit openFailed(generation, QString::fromStdString(e.what()));
    }
    return;
  }
  if (cancel->load()) {
    emit recordingCancelled(generation);
    return;
  }
  try {
    emit traceOpened(generation, load(tracePath.toStdString(), std::move(outcome.output)));
  } catch (const std::exception& e) {
    timeline_.reset();
    trace_.reset();
    emit openFailed(generation, QString::fromStdString(e.what()));
  }
}

StepStatePtr TimelineWorker::stateAt(int64_t step) {
  auto known = recent_.find(step);
  if (known != recent_.end()) return known->second;
  // Going backwards (earlier than every state known) the replay restarts from a keyframe
  // anyway; the states on the way cost an extraction each, far less than a replay.
  bool backwards = !recent_.empty() && step < recent_.begin()->first;
  int64_t first = backwards ? std::max<int64_t>(0, step - kStatesReadBackwards + 1) : step;
  StepStatePtr state;
  for (int64_t s = first; s <= step; ++s) {
    state = std::make_shared<const recorder::StepState>(timeline_->state(s));
    recent_[s] = state;
  }
  // Keep the states nearest to where the user is.
  while (recent_.size() > 2 * kStatesReadBackwards) {
    auto lowest = recent_.begin(), highest = std::prev(recent_.end());
    recent_.erase(step - lowest->first > highest->first - step ? lowest : highest);
  }
  return state;
}

std::pair<StepStatePtr, StepStatePtr> TimelineWorker::statesAt(int64_t step) {
  StepStatePtr previous = step > 0 ? stateAt(step - 1) : nullptr;
  StepStatePtr state = stateAt(step);
  return {std::move(state), std::move(previous)};
}

void TimelineWorker::computeState(quint64 generation, qint64 step) {
  if (!timeline_) return;
  try {
    auto [state, previous] = statesAt(step);
    emit stateReady(generation, std::move(state), std::move(previous));
  } catch (const std::exception& e) {
    emit stateFailed(generation, step, QString::fromStdString(e.what()));
  }
}

bool TimelineWorker::inLibrary(const recorder::StepState& state) const {
  return !state.frames.empty() && TraceInfo::isLibraryFile(state.frames.front().file);
}

recorder::Arrival TimelineWorker::arrive(const NavRequest& request) {
  recorder::Timeline& t = *timeline_;
  const recorder::Direction d = request.direction;
  switch (request.command) {
    case NavCommand::StepInstruction:
      return t.stepInstruction(request.from, d);
    case NavCommand::StepLine:
      return t.stepLine(request.from, d);
    case NavCommand::StepOver:
      return t.stepOver(request.from, d);
    case NavCommand::StepOut:
      return t.stepOut(request.from, d);
    case NavCommand::Exception:
      return t.continueToException(request.from, d);
    case NavCommand::Write:
      return t.write(request.from, d, request.expression);
    case NavCommand::ExecuteNode:
      return t.executeNode(request.from, d, request.sourceId, request.astNode);
    case NavCommand::ObjectWrite:
      return t.objectWrite(request.from, d, request.objectId);
    case NavCommand::ObjectCreation:
      return t.objectCreation(request.objectId);
    case NavCommand::Continue:
      break;
  }
  recorder::Arrival found;
  if (!request.breakpoints.empty()) found = t.continueTo(request.from, d, request.breakpoints);
  if (request.stopAtExceptions) {
    recorder::Arrival raise = t.continueToException(request.from, d);
    bool nearer = raise.step &&
                  (!found.step || (d == recorder::Direction::Forward ? *raise.step < *found.step
                                                                     : *raise.step > *found.step));
    if (nearer) {
      raise.warnings.insert(raise.warnings.begin(), found.warnings.begin(), found.warnings.end());
      found = std::move(raise);
    }
  }
  if (!found.step) {
    // Like a debugger's continue with nothing to stop at: run to the end (the beginning).
    bool forward = d == recorder::Direction::Forward;
    found.step = forward ? t.steps() - 1 : 0;
    found.note = forward ? "no breakpoint was hit: the end of the recording"
                         : "no breakpoint was hit: the start of the recording";
  }
  return found;
}

void TimelineWorker::navigate(quint64 generation, const NavRequest& request) {
  if (!timeline_) return;
  auto result = std::make_shared<NavResult>();
  result->request = request;
  try {
    recorder::Arrival arrival = arrive(request);
    for (const std::string& w : arrival.warnings)
      result->warnings << QString::fromStdString(w);
    result->note = QString::fromStdString(arrival.note);
    if (arrival.step) {
      auto [state, previous] = statesAt(*arrival.step);
      // Commands aimed at a place or an object go exactly there.
      bool aimed = request.command == NavCommand::Write ||
                   request.command == NavCommand::ExecuteNode ||
                   request.command == NavCommand::ObjectWrite ||
                   request.command == NavCommand::ObjectCreation;
      bool skips = request.justMyCode && request.command != NavCommand::StepInstruction && !aimed;
      for (int exits = 0; skips && exits < kMaxLibraryExits && inLibrary(*state); ++exits) {
        recorder::Arrival out = timeline_->stepOut(*arrival.step, request.direction);
        if (!out.step) break;
        arrival.step = out.step;
        std::tie(state, previous) = statesAt(*arrival.step);
      }
      result->step = arrival.step;
      result->state = std::move(state);
      result->previous = std::move(previous);
    }
  } catch (const std::exception& e) {
    result->step.reset();
    result->note = QString::fromStdString(e.what());
  }
  emit navigated(generation, result);
}

}  // namespace rw::gui
