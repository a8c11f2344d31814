// The timeline API: everything a debugger front end asks of a recorded trace. Opening a trace
// reads its index; state(step) reconstructs the exact state at any step by restoring the
// nearest keyframe into a fresh engine and replaying deterministically to that step.
#pragma once

#include <cstdint>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "recorder/state.h"

namespace rw::syntax {
struct ParsedModule;
struct Token;
}  // namespace rw::syntax

namespace rw {
struct SymbolTable;
}

namespace rw::recorder {

class TimelineError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class Timeline {
 public:
  // Throws TimelineError naming the file and the problem.
  static std::unique_ptr<Timeline> open(const std::string& tracePath);
  virtual ~Timeline() = default;

  virtual int64_t steps() const = 0;
  // "complete", "max-steps", "interrupted", ... and whether the program raised at the end.
  virtual std::string status() const = 0;
  virtual int exitCode() const = 0;
  virtual const std::vector<SourceInfo>& sources() const = 0;
  virtual std::vector<int64_t> codeIds() const = 0;
  virtual const CodeInfo& code(int64_t codeId) const = 0;

  // The front-end stages of a source, recomputed from its text.
  virtual const std::vector<syntax::Token>& tokens(int64_t sourceId) = 0;
  virtual const syntax::ParsedModule& ast(int64_t sourceId) = 0;
  virtual const SymbolTable& symbols(int64_t sourceId) = 0;

  // The exact state before instruction `step` executes (0 <= step < steps()).
  virtual StepState state(int64_t step) = 0;
};

}  // namespace rw::recorder
