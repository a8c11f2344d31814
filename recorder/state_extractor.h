// Reads the state of a paused engine into plain StepState views (frames, locals, value
// stacks, globals, reachable heap). Runs inside an Interp::Inspection, so reading never
// changes what the program does next.
#pragma once

#include "recorder/state.h"

namespace rw {
class Interp;
}

namespace rw::recorder {

struct ExtractOptions {
  size_t maxHeapObjects = 300;
  size_t maxReprLength = 2000;
  size_t maxContainerItems = 100;
  size_t maxSuspendedFrames = 20;
};

// Fills frames, globals and heap; the caller fills the step, instruction, location, output.
void extractState(Interp& I, const ExtractOptions& options, StepState& out);

}  // namespace rw::recorder
