// The events a chunk stores: everything a replay cannot recompute (values read from outside
// the program) and what the timeline shows without replaying (output). Encoded with the
// varints of support/byte_buffer.h; documented in docs/trace-format.md.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "support/byte_buffer.h"

namespace rw::recorder {

enum class EventKind : uint8_t {
  Output = 1,     // step, stream (1 stdout, 2 stderr), text
  InputLine = 2,  // step, the line read by input() (empty at end of input)
  WallTime = 3,   // step, seconds since the epoch (time.time())
  Monotonic = 4,  // step, seconds of a monotonic clock
  FileRead = 5,   // step, errno, message, the file's contents
  FileWrite = 6,  // step, errno, message
  Interrupt = 7,  // step: Ctrl-C raised KeyboardInterrupt before this step's instruction
};

struct ChunkEvent {
  EventKind kind = EventKind::Output;
  int64_t step = 0;
  uint8_t stream = 1;
  std::string text;
  double number = 0.0;
  int32_t error = 0;    // FileRead, FileWrite
  std::string message;  // FileRead, FileWrite
};

void encodeEvent(support::ByteWriter& w, const ChunkEvent& e);
// Throws support::DecodeError on corrupt data.
std::vector<ChunkEvent> decodeEvents(const std::vector<uint8_t>& payload);

}  // namespace rw::recorder
