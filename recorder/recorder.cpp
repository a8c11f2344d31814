#include "recorder/recorder.h"

#include <algorithm>
#include <chrono>
#include <ctime>
#include <unordered_set>

#include "compiler/compiler.h"
#include "objects/code.h"
#include "objects/exception.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "recorder/chunk_events.h"
#include "recorder/chunk_index_builder.h"
#include "recorder/code_blob.h"
#include "recorder/hosts.h"
#include "runtime/frame.h"
#include "runtime/interp.h"
#include "runtime/observer.h"
#include "runtime/program.h"
#include "runtime/snapshot.h"
#include "syntax/ast_dump.h"
#include "syntax/parser.h"
#include "trace_digest.h"
#include "trace_writer.h"

namespace rw::recorder {

namespace {

// Thrown from the step hook to end a recording early: --max-steps, the progress callback,
// a second Ctrl-C, SIGTERM.
struct StopRecording {
  std::string status;
  int exitCode = 0;
};

class Recorder : public Observer {
 public:
  Recorder(Interp& I, storage::TraceWriter& writer, const RecordOptions& options)
      : I_(I),
        writer_(writer),
        options_(options),
        chunkEnd_(options.chunkSteps),
        chunkFirstSerial_(I.serialCounter()) {}

  void onInstruction(Interp& I, Frame* frame, uint32_t ip, int64_t step) override {
    // Chunk ends, keyframes and --max-steps share one compare on the common path.
    bool interrupt = false;
    if (step >= nextBoundary_ ||
        (options_.requests && options_.requests->pending.load(std::memory_order_relaxed)))
      interrupt = atBoundary(I, step);
    Code* code = frame->code;
    // An instruction without a line of its own shows the line before it (as a frame's
    // line does), so it is indexed under that line.
    int32_t line = code->locations[ip].line;
    if (line <= 0) line = code->lineOf(ip);
    if (code->serial != lastCodeSerial_ || line != lastLine_) {
      lastCodeSerial_ = code->serial;
      lastLine_ = line;
      if (line > 0)
        index_.note(storage::IndexKind::Line,
                    static_cast<int64_t>((code->serial << 20) | static_cast<uint64_t>(line)));
    }
    if (interrupt) {
      ChunkEvent e;
      e.kind = EventKind::Interrupt;
      log(std::move(e));
      raiseKeyboardInterrupt(I);
    }
  }

  void onCall(Frame* frame) override {
    frame->entryStep = I_.stepCount;
    Code* code = frame->code;
    // Calls repeat the same code object (loops, recursion): skip the set lookup then.
    // Serials, not addresses: a new code object can reuse a freed one's address.
    if (code->serial != lastCalledSerial_) {
      lastCalledSerial_ = code->serial;
      if (!seenCode_.count(code->serial)) writeCodeBlobs(code);
    }
    index_.note(storage::IndexKind::Call, static_cast<int64_t>(code->serial));
  }
  void onReturn(Frame* frame) override {
    index_.note(storage::IndexKind::Return, static_cast<int64_t>(frame->code->serial));
  }
  void onRaise(Frame*, Value exception) override {
    index_.note(storage::IndexKind::Raise,
                static_cast<int64_t>(exception.asObject()->type->serial));
  }
  // Writes to objects made in this chunk are not indexed: most writes fill young objects
  // (copies, new lists and dicts), and a search for an object's writes adds the chunks that
  // made it (its object_birth block) anyway.
  void onWrite(Object* target) override {
    if (target->serial >= chunkFirstSerial_) return;
    index_.note(storage::IndexKind::ObjectWrite, static_cast<int64_t>(target->serial));
  }
  // Deaths are indexed by blocks of ids; most objects die young, in the block being filled,
  // so a block is noted only when it changes (and the list deduplicated per chunk).
  void onDeath(Object* object) override {
    int64_t block = static_cast<int64_t>(object->serial >> kLifetimeIndexBits);
    if (block == lastDeathBlock_) return;
    lastDeathBlock_ = block;
    deathBlocks_.push_back(block);
  }
  void onSource(int64_t sourceId, std::string_view path, std::string_view text) override {
    storage::SourceRecord record;
    record.fileId = sourceId;
    record.path = std::string(path);
    record.text = std::string(text);
    writer_.addSource(record);
  }
  void onOutput(OutputStream stream, std::string_view text) override {
    ChunkEvent e;
    e.kind = EventKind::Output;
    e.stream = static_cast<uint8_t>(stream);
    e.text = std::string(text);
    log(std::move(e));
    index_.note(storage::IndexKind::Output, static_cast<int64_t>(stream));
  }

  void log(ChunkEvent e) {
    e.step = std::max<int64_t>(0, I_.stepCount - 1);
    if (e.kind != EventKind::Output) index_.note(storage::IndexKind::Input, 1);
    encodeEvent(payload_, e);
  }

  void finish(int64_t steps) { flushChunk(steps); }
  int64_t keyframes() const { return keyframes_; }

 private:
  [[noreturn]] void stop(const char* status, int exitCode) {
    I_.observer = nullptr;
    throw StopRecording{status, exitCode};
  }

  // Acts on the pending requests: stops the recording, or says whether to raise
  // KeyboardInterrupt at this step (once, for the first Ctrl-C).
  bool takeInterrupt() {
    StopRequests& requests = *options_.requests;
    requests.pending = false;
    if (requests.terminate) stop("terminated", 143);
    int presses = requests.interrupts;
    if (presses >= 2) stop("interrupted", 130);
    if (presses == 1 && !interruptRaised_) {
      interruptRaised_ = true;
      return true;
    }
    return false;
  }

  // The rare work of a step: the chunk ends, a keyframe is due, --max-steps is reached or a
  // signal asks for something. Returns whether to raise KeyboardInterrupt at this step.
  bool atBoundary(Interp& I, int64_t step) {
    if (step >= chunkEnd_) {
      flushChunk(step);
      if (options_.progress && !options_.progress(step)) stop("interrupted", 0);
    }
    if (options_.maxSteps >= 0 && step >= options_.maxSteps) stop("max-steps", 0);
    bool interrupt = options_.requests &&
                     options_.requests->pending.load(std::memory_order_relaxed) && takeInterrupt();
    if (step >= nextKeyframe_ && canSnapshot(I)) takeKeyframe(step);
    nextBoundary_ = std::min(chunkEnd_, nextKeyframe_);
    if (options_.maxSteps >= 0) nextBoundary_ = std::min(nextBoundary_, options_.maxSteps);
    // A keyframe that had to wait (no snapshot possible here) is tried again next step.
    if (nextBoundary_ <= step) nextBoundary_ = step + 1;
    return interrupt;
  }

  void flushChunk(int64_t step) {
    if (step <= chunkStart_ && payload_.size() == 0) return;
    storage::ChunkRecord chunk;
    chunk.index = chunkIndex_++;
    chunk.firstStep = chunkStart_;
    chunk.stepCount = step - chunkStart_;
    chunk.payload = payload_.take();
    // Serials are given out in order: the chunk made the ids [chunkFirstSerial_, counter).
    uint64_t serialEnd = I_.serialCounter();
    if (serialEnd > chunkFirstSerial_)
      for (uint64_t b = chunkFirstSerial_ >> kLifetimeIndexBits;
           b <= (serialEnd - 1) >> kLifetimeIndexBits; ++b)
        index_.note(storage::IndexKind::ObjectBirth, static_cast<int64_t>(b));
    chunkFirstSerial_ = serialEnd;
    chunk.entries = index_.take();
    std::sort(deathBlocks_.begin(), deathBlocks_.end());
    deathBlocks_.erase(std::unique(deathBlocks_.begin(), deathBlocks_.end()), deathBlocks_.end());
    for (int64_t block : deathBlocks_)
      chunk.entries.push_back({storage::IndexKind::ObjectDeath, block});
    deathBlocks_.clear();
    writer_.addChunk(std::move(chunk));
    payload_.clear();
    chunkStart_ = step;
    while (chunkEnd_ <= step)
      chunkEnd_ += options_.chunkSteps;
    // The next chunk re-notes the line it starts on and the blocks it kills.
    lastCodeSerial_ = ~uint64_t{0};
    lastDeathBlock_ = -1;
  }

  void takeKeyframe(int64_t step) {
    // The snapshot describes the state before this step's instruction.
    I_.stepCount = step;
    storage::KeyframeRecord keyframe;
    keyframe.step = step;
    keyframe.payload = writeSnapshot(I_);
    int64_t snapshotBytes = static_cast<int64_t>(keyframe.payload.size());
    I_.stepCount = step + 1;
    writer_.addKeyframe(std::move(keyframe));
    ++keyframes_;
    nextKeyframe_ = step + std::max(options_.keyframeSteps, options_.keyframeSteps * snapshotBytes /
                                                                kKeyframeBaselineBytes);
  }

  void writeCodeBlobs(Code* code) {
    seenCode_.insert(code->serial);
    writer_.addBlob(storage::BlobKind::Code, static_cast<int64_t>(code->serial),
                    encodeCodeBlob(I_, code, std::string(code->filename->view())));
    // Nested code objects are known now, even if they never run.
    for (int64_t i = 0; i < code->consts->size; ++i) {
      Value c = code->consts->item(i);
      if (c.isObject() && c.asObject()->type == I_.types.code &&
          !seenCode_.count(c.asObject()->serial))
        writeCodeBlobs(static_cast<Code*>(c.asObject()));
    }
  }

  Interp& I_;
  storage::TraceWriter& writer_;
  const RecordOptions& options_;
  support::ByteWriter payload_;
  ChunkIndexBuilder index_;
  std::unordered_set<uint64_t> seenCode_;
  int64_t chunkIndex_ = 0;
  int64_t chunkStart_ = 0;
  int64_t chunkEnd_;
  int64_t nextKeyframe_ = 0;
  int64_t nextBoundary_ = 0;
  uint64_t lastCalledSerial_ = ~uint64_t{0};
  int64_t keyframes_ = 0;
  uint64_t lastCodeSerial_ = ~uint64_t{0};
  int32_t lastLine_ = 0;
  uint64_t chunkFirstSerial_;
  int64_t lastDeathBlock_ = -1;
  std::vector<int64_t> deathBlocks_;
  bool interruptRaised_ = false;
};

std::string utcNow() {
  std::time_t now = std::time(nullptr);
  std::tm parts{};
  gmtime_r(&now, &parts);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &parts);
  return text;
}

std::string joinArgs(const std::vector<std::string>& argv) {
  std::string out;
  for (const std::string& a : argv) {
    out += a;
    out.push_back('\0');
  }
  return out;
}

}  // namespace

std::string currentEngineFingerprint() {
  ProcessHost host;
  Interp I(host);
  return engineFingerprint(I);
}

RecordResult recordProgram(const std::string& path, const std::string& source,
                           const std::vector<std::string>& argv, const RecordOptions& options,
                           Host& host) {
  std::unique_ptr<storage::TraceWriter> writer =
      storage::TraceWriter::create(options.tracePath, options.overwrite);
  RecordResult result;
  auto started = std::chrono::steady_clock::now();
  writer->setMeta(storage::session_meta::kRecordedAt, utcNow());
  Recorder* recorderPtr = nullptr;
  RecordingHost recordingHost(host, [&](ChunkEvent e) {
    if (recorderPtr) recorderPtr->log(std::move(e));
  });
  {
    Interp I(recordingHost);
    writer->setMeta("engine_fingerprint", engineFingerprint(I));
    writer->setMeta("program", path);
    writer->setMeta("argv", joinArgs(argv));
    writer->setMeta("lifetime_index_bits", std::to_string(kLifetimeIndexBits));
    try {
      std::unique_ptr<syntax::ParsedModule> tree = syntax::parse(source, path);
      syntax::DumpOptions dump;
      dump.includeAttributes = true;
      std::string text = syntax::dumpAst(*tree->root, dump);
      writer->addBlob(storage::BlobKind::Ast, 1, std::vector<uint8_t>(text.begin(), text.end()));
    } catch (const syntax::SyntaxError&) {
      // A program that does not parse is still recorded: it raises SyntaxError at once.
    }
    Recorder recorder(I, *writer, options);
    recorderPtr = &recorder;
    I.observer = &recorder;
    result.status = "complete";
    try {
      result.exitCode = runMainProgram(I, path, source, argv);
    } catch (const StopRecording& stop) {
      result.status = stop.status;
      result.exitCode = stop.exitCode;
    }
    I.observer = nullptr;
    result.steps = I.stepCount;
    recorder.finish(result.steps);
    result.keyframes = recorder.keyframes();
    recorderPtr = nullptr;
    writer->setMeta("exit_code", std::to_string(result.exitCode));
  }
  std::chrono::duration<double> seconds = std::chrono::steady_clock::now() - started;
  writer->setMeta(storage::session_meta::kRecordSeconds, std::to_string(seconds.count()));
  writer->finish(result.steps, result.status);
  result.fileSize = writer->fileSize();
  return result;
}

}  // namespace rw::recorder
