// sys.stdout and sys.stderr: text streams whose writes go to the Host (and are reported to
// the observer, so the recorder sees every output in order).
#pragma once

#include <string_view>

#include "runtime/interp.h"

namespace rw {

void createStdioStreams(Interp& I);
// The current sys.stdout (the program may replace it).
Value stdoutStream(Interp& I);
Value stderrStream(Interp& I);
// Writes text to a stream object: ours directly, anything else through its write().
void writeToStream(Interp& I, Value stream, std::string_view text);
void flushStream(Interp& I, Value stream);

}  // namespace rw
