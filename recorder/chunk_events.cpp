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
    case EventKind::InputLine: w.string(e.text); break;
    case EventKind::WallTime:
    case EventKind::Monotonic: w.f64(e.number); break;
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
      case EventKind::InputLine: e.text = r.string(); break;
      case EventKind::WallTime:
      case EventKind::Monotonic: e.number = r.f64(); break;
      default: throw support::DecodeError("unknown chunk event kind");
    }
    events.push_back(std::move(e));
  }
  return events;
}

}  // namespace rw::recorder
