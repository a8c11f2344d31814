// The cycle collector: reference counting frees everything except cycles; this finds
// containers reachable only from each other, like CPython's gcmodule.c. It runs at
// deterministic points (a count of container allocations), so replays collect at the same
// step as the recording.
#include <unordered_map>
#include <vector>

#include "runtime/interp.h"
#include "runtime/type.h"

namespace rw {

void Interp::collectCycles() {
  gcAllocationsSinceCollect = 0;
  std::unordered_map<Object*, int64_t> gcRefs;
  std::vector<Object*> tracked;
  for (ObjectLinks* l = gcHead.next; l != &gcHead; l = l->next) {
    Object* o = objectOf(l);
    tracked.push_back(o);
    gcRefs[o] = o->refcnt;
  }
  // References from other tracked containers do not keep an object alive by themselves.
  for (Object* o : tracked) {
    if (!o->type->traverse) continue;
    o->type->traverse(o, [&](Value child) {
      if (!child.isObject()) return;
      auto it = gcRefs.find(child.asObject());
      if (it != gcRefs.end()) --it->second;
    });
  }
  // Whatever has outside references, and everything it reaches, survives.
  std::vector<Object*> work;
  for (Object* o : tracked) {
    o->flags &= ~kGcReachable;
    if (gcRefs[o] > 0 || (o->flags & kStatic)) work.push_back(o);
  }
  while (!work.empty()) {
    Object* o = work.back();
    work.pop_back();
    if (o->flags & kGcReachable) continue;
    o->flags |= kGcReachable;
    if (!o->type->traverse) continue;
    o->type->traverse(o, [&](Value child) {
      if (child.isObject() && (child.asObject()->flags & kGcTracked) &&
          !(child.asObject()->flags & kGcReachable))
        work.push_back(child.asObject());
    });
  }
  std::vector<Object*> garbage;
  for (Object* o : tracked) {
    if (!(o->flags & kGcReachable)) garbage.push_back(o);
    o->flags &= ~kGcReachable;
  }
  if (garbage.empty()) return;
  // Keep every member alive while the cycles are broken, then let the counts free them.
  for (Object* o : garbage) incref(o);
  for (Object* o : garbage)
    if (o->type->clear) o->type->clear(o);
  for (Object* o : garbage) decref(o);
}

}  // namespace rw
