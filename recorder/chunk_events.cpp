#include "recorder/chunk_events.h"

namespace rw::recorder {

void encodeEvent(support::ByteWriter& w, const ChunkEvent& e) {
  w.u8(static_cast<uint8_t>(e.kind));
  w.svarint(e.step);
  switch (e.kind) {
    case EventKind::Output:
      w.u8(e.stream);
      w.string(e.text);
      break;
    case EventKind::InputLine:
      w.string(e.text);
      break;
    case EventKind::WallTime:
    case EventKind::Monotonic:
      w.f64(e.number);
      break;
    case EventKind::FileRead:
      w.svarint(e.error);
      w.string(e.message);
      w.string(e.text);
      break;
    case EventKind::FileWrite:
      w.svarint(e.error);
      w.string(e.message);
      break;
    case EventKind::Interrupt:
      break;
  }
}

std::vector<ChunkEvent> decodeEvents(const std::vector<uint8_t>& payload) {
  std::vector<ChunkEvent> events;
  support::ByteReader r(payload);
  while (!r.atEnd()) {
    ChunkEvent e;
    e.kind = static_cast<EventKind>(r.u8());
    e.step = r.svarint();
    switch (e.kind) {
      case EventKind::Output:
        e.stream = r.u8();
        e.text = r.string();
        break;
      case EventKind::InputLine:
        e.text = r.string();
        break;
      case EventKind::WallTime:
      case EventKind::Monotonic:
        e.number = r.f64();
        break;
      case EventKind::FileRead:
        e.error = static_cast<int32_t>(r.svarint());
        e.message = r.string();
        e.text = r.string();
        break;
      case EventKind::FileWrite:
        e.error = static_cast<int32_t>(r.svarint());
        e.message = r.string();
        break;
      case EventKind::Interrupt:
        break;
      default:
        throw support::DecodeError("unknown chunk event kind");
    }
    events.push_back(std::move(e));
  }
  return events;
}

}  // namespace rw::recorder
