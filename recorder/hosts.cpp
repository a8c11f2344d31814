#include "recorder/hosts.h"

#include "objects/exception.h"
#include "objects/tuple.h"
#include "runtime/interp.h"

namespace rw::recorder {

std::string RecordingHost::readLine() {
  std::string line = inner_.readLine();
  ChunkEvent e;
  e.kind = EventKind::InputLine;
  e.text = line;
  log_(std::move(e));
  return line;
}

double RecordingHost::wallTime() {
  ChunkEvent e;
  e.kind = EventKind::WallTime;
  e.number = inner_.wallTime();
  double value = e.number;
  log_(std::move(e));
  return value;
}

double RecordingHost::monotonicTime() {
  ChunkEvent e;
  e.kind = EventKind::Monotonic;
  e.number = inner_.monotonicTime();
  double value = e.number;
  log_(std::move(e));
  return value;
}

FileReadResult RecordingHost::readFile(const std::string& path) {
  FileReadResult result = inner_.readFile(path);
  ChunkEvent e;
  e.kind = EventKind::FileRead;
  e.error = result.error;
  e.message = result.message;
  e.text = result.data;
  log_(std::move(e));
  return result;
}

FileWriteResult RecordingHost::writeFile(const std::string& path, std::string_view data,
                                         FileWriteMode mode) {
  FileWriteResult result = inner_.writeFile(path, data, mode);
  ChunkEvent e;
  e.kind = EventKind::FileWrite;
  e.error = result.error;
  e.message = result.message;
  log_(std::move(e));
  return result;
}

void raiseKeyboardInterrupt(Interp& I) {
  Ref noArguments = Ref::steal(Value(newTuple(I, 0)));
  I.raise(newException(I, I.exc.KeyboardInterrupt, noArguments.as<Tuple>()));
}

const ChunkEvent& ReplayHost::next(EventKind kind) {
  if (position_ >= inputs_.size() || inputs_[position_].kind != kind)
    throw ReplayError("the replay asked for an input the recording did not read");
  return inputs_[position_++];
}

}  // namespace rw::recorder
