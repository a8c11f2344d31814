// last-write / next-write: the steps whose instruction wrote a binding (watch_target.h).
// A step writes the binding when its instruction stores into it (STORE_FAST to the slot,
// STORE_ATTR of the attribute on the object, STORE_SUBSCR with the key on the container,
// ...) and does not raise, or when the binding holds a different object (or none) after
// a write event on its holder: that covers mutations inside builtins (list.sort,
// dict.update, setattr()) and arguments bound when a frame is created (the call's step).
#pragma once

#include <optional>

#include "recorder/replay_query.h"
#include "recorder/watch_target.h"

namespace rw::recorder {

class WriteSearch : public StepSearch {
 public:
  explicit WriteSearch(WatchSpec spec) : spec_(std::move(spec)) {}
  bool onStep(Interp& I, Frame* f, uint32_t ip, int64_t step, bool lineStart) override;
  void onWrite(Interp& I, Object* target, int64_t step) override;
  void onBirth(Interp& I, Object* object, int64_t step) override;
  void onDeath(Interp& I, Object* object, int64_t step) override;
  void onRaise(Interp& I, Frame*, Value, int64_t step) override;
  void onEnd(Interp& I, int64_t steps) override;
  void onNewReplay() override;

 private:
  struct Pending {
    int64_t step = 0;    // the instruction the write belongs to
    int64_t seenAt = 0;  // when the replay saw it
  };
  // The identity of what the binding holds: 0 when unbound.
  uint64_t probe(Interp& I);
  // Judges the writes pending since the last step; returns whether to pause.
  bool settle(Interp& I);
  bool storesIntoBinding(Interp& I, Frame* f, uint32_t ip);
  Object* attributeDict() const;
  void locate(Interp& I);

  WatchSpec spec_;
  bool located_ = false;
  Object* owner_ = nullptr;  // in the current replay; null before its birth or after its death
  int64_t ownerBirth_ = -1;
  uint64_t value_ = 0;
  std::optional<Pending> change_;
  std::optional<Pending> store_;
  bool raisedSinceStore_ = false;
  int64_t lastStepInFrame_ = -1;  // FastLocal: the frame's latest step
};

}  // namespace rw::recorder
