// A code object as the trace stores it: everything the bytecode view shows, computed once at
// record time (with the engine's disassembler) so that reading a trace needs no engine.
#pragma once

#include <cstdint>
#include <vector>

#include "recorder/state.h"

namespace rw {
class Interp;
struct Code;
}  // namespace rw

namespace rw::recorder {

std::vector<uint8_t> encodeCodeBlob(Interp& I, const Code* code, const std::string& file);
// Throws support::DecodeError on corrupt data.
CodeInfo decodeCodeBlob(const std::vector<uint8_t>& blob);

}  // namespace rw::recorder
