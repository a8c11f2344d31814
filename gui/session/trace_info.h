// What the GUI knows about an open trace, handed from the timeline's thread to the GUI
// thread as immutable snapshots: the trace's fixed facts on opening, then one StepState per
// visited step. Models read these and never call into the timeline themselves.
#pragma once

#include <QMetaType>
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "compiler/symtable.h"
#include "modules/stdlib.h"
#include "recorder/state.h"
#include "syntax/ast.h"
#include "syntax/token.h"

namespace rw::gui {

// One source file with the front-end stages the views show.
struct SourceDocument {
  recorder::SourceInfo info;
  std::vector<syntax::Token> tokens;  // empty when the text does not tokenize
  // Owned by the timeline and never changed after it is built, so the GUI thread may read it
  // while the timeline's thread replays; null when the text does not parse.
  std::shared_ptr<const syntax::ParsedModule> ast;
  std::string astError;  // why `ast` is null
  // Built from `ast` by the timeline and, like it, never changed; null without a tree.
  std::shared_ptr<const SymbolTable> symbols;
  std::string symbolsError;  // why `symbols` is null
};

struct TraceInfo {
  std::string tracePath;
  int64_t steps = 0;
  std::string status;  // "complete", "max-steps", ...
  int exitCode = 0;
  std::vector<SourceDocument> sources;
  std::map<int64_t, recorder::CodeInfo> codes;
  // Set when the GUI recorded the trace itself: what the program printed while recording
  // (the only record of its output when it failed before its first step).
  std::string recordingOutput;
  // Names the builtins provide (the Symbols view calls names found there "builtin").
  std::vector<std::string> builtinNames;
  // Where the views open: step 0, or for a program that ended in an uncaught exception the
  // step that raised it.
  int64_t openingStep = 0;

  // Rewind's own Python-written modules ("just my code" skips them).
  static bool isLibraryFile(const std::string& path) { return path.starts_with(kStdlibPathPrefix); }

  const SourceDocument* source(int64_t sourceId) const {
    for (const SourceDocument& s : sources)
      if (s.info.id == sourceId) return &s;
    return nullptr;
  }
  const recorder::CodeInfo* code(int64_t codeId) const {
    auto it = codes.find(codeId);
    return it == codes.end() ? nullptr : &it->second;
  }
};

using TraceInfoPtr = std::shared_ptr<const TraceInfo>;
using StepStatePtr = std::shared_ptr<const recorder::StepState>;

}  // namespace rw::gui

Q_DECLARE_METATYPE(rw::gui::TraceInfoPtr)
Q_DECLARE_METATYPE(rw::gui::StepStatePtr)
