#include "gui/session/timeline_worker.h"

#include "gui/session/program_recording.h"
#include "recorder/timeline.h"

namespace rw::gui {

TimelineWorker::TimelineWorker() = default;
TimelineWorker::~TimelineWorker() = default;

TraceInfoPtr TimelineWorker::load(const std::string& tracePath, std::string recordingOutput) {
  // Drop the old timeline first: its replay thread and file handle go before the new open.
  timeline_.reset();
  timeline_ = std::shared_ptr<recorder::Timeline>(recorder::Timeline::open(tracePath));
  auto trace = std::make_shared<TraceInfo>();
  trace->tracePath = tracePath;
  trace->steps = timeline_->steps();
  trace->status = timeline_->status();
  trace->exitCode = timeline_->exitCode();
  trace->recordingOutput = std::move(recordingOutput);
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
    } catch (const recorder::TimelineError& e) {
      document.astError = e.what();
    }
    trace->sources.push_back(std::move(document));
  }
  return trace;
}

// Besides TimelineError and RecordingError, a damaged trace can fail deeper down (a number
// that does not parse, a bad allocation size); the user gets the message either way.
void TimelineWorker::openTrace(quint64 generation, const QString& tracePath) {
  try {
    emit traceOpened(generation, load(tracePath.toStdString(), {}));
  } catch (const std::exception& e) {
    timeline_.reset();
    emit openFailed(generation, QString::fromStdString(e.what()));
  }
}

void TimelineWorker::recordAndOpen(quint64 generation, const QString& programPath,
                                   const QString& tracePath) {
  try {
    RecordingOutcome outcome = recordPythonFile(programPath.toStdString(), tracePath.toStdString());
    emit traceOpened(generation, load(tracePath.toStdString(), std::move(outcome.output)));
  } catch (const std::exception& e) {
    timeline_.reset();
    emit openFailed(generation, QString::fromStdString(e.what()));
  }
}

void TimelineWorker::computeState(quint64 generation, qint64 step) {
  if (!timeline_) return;
  try {
    auto state = std::make_shared<recorder::StepState>(timeline_->state(step));
    emit stateReady(generation, std::move(state));
  } catch (const std::exception& e) {
    emit stateFailed(generation, step, QString::fromStdString(e.what()));
  }
}

}  // namespace rw::gui
