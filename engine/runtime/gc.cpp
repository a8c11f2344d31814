// The cycle collector: reference counting frees everything except cycles; this finds
// containers reachable only from each other, like CPython's gcmodule.c, in two generations
// (young containers often, all of them rarely). It runs at deterministic points (counts of
// container allocations), its generations are part of snapshots, and garbage is released in
// serial order, so replays collect the same objects at the same steps as the recording.
#include <algorithm>
#include <vector>

#include "runtime/finalizers.h"
#include "runtime/interp.h"
#include "runtime/type.h"

namespace rw {

namespace {

void unlink(Interp::ObjectLinks* l) {
  l->prev->next = l->next;
  l->next->prev = l->prev;
}

void append(Interp::ObjectLinks* head, Interp::ObjectLinks* l) {
  l->next = head;
  l->prev = head->prev;
  head->prev->next = l;
  head->prev = l;
}

// Finds garbage among `objects` (whose gcRefs are set to their counts by the caller):
// references from inside the set do not keep anything alive.
std::vector<Object*> findGarbage(const std::vector<Object*>& objects, uint32_t memberFlag) {
  for (Object* o : objects) {
    if (!o->type->traverse) continue;
    o->type->traverse(o, [&](Value child) {
      if (!child.isObject()) return;
      Object* c = child.asObject();
      if (c->flags & memberFlag) --Interp::linksOf(c)->gcRefs;
    });
  }
  std::vector<Object*> work;
  for (Object* o : objects)
    if (Interp::linksOf(o)->gcRefs > 0 || (o->flags & kStatic)) work.push_back(o);
  while (!work.empty()) {
    Object* o = work.back();
    work.pop_back();
    if (o->flags & kGcReachable) continue;
    o->flags |= kGcReachable;
    if (!o->type->traverse) continue;
    o->type->traverse(o, [&](Value child) {
      if (!child.isObject()) return;
      Object* c = child.asObject();
      if ((c->flags & memberFlag) && !(c->flags & kGcReachable)) work.push_back(c);
    });
  }
  std::vector<Object*> garbage;
  for (Object* o : objects) {
    if (!(o->flags & kGcReachable)) garbage.push_back(o);
    o->flags &= ~kGcReachable;
  }
  std::sort(garbage.begin(), garbage.end(), [](Object* a, Object* b) { return a->serial < b->serial; });
  return garbage;
}

// A scratch flag marking the objects of the collection under way.
constexpr uint32_t kInCollection = 1u << 7;

}  // namespace

void Interp::collectCycles() {
  gcAllocationsSinceCollect = 0;
  bool full = gcOldCount - gcOldCountAtFullCollect > gcOldCountAtFullCollect / 4 + 1000;
  std::vector<Object*> objects;
  for (ObjectLinks* head : {&gcHead, &oldHead}) {
    if (head == &oldHead && !full) break;
    for (ObjectLinks* l = head->next; l != head; l = l->next) {
      Object* o = objectOf(l);
      l->gcRefs = o->refcnt;
      o->flags |= kInCollection;
      objects.push_back(o);
    }
  }
  std::vector<Object*> garbage = findGarbage(objects, kInCollection);
  for (Object* o : objects) o->flags &= ~kInCollection;
  // Survivors of a young collection become old.
  std::vector<ObjectLinks*> young;
  for (ObjectLinks* l = gcHead.next; l != &gcHead; l = l->next) young.push_back(l);
  for (ObjectLinks* l : young) {
    unlink(l);
    append(&oldHead, l);
    objectOf(l)->flags |= kOldGeneration;
    ++gcOldCount;
  }
  if (full) gcOldCountAtFullCollect = gcOldCount;
  if (garbage.empty()) return;
  // Keep every member alive while the cycles are broken, then let the counts free them.
  for (Object* o : garbage) incref(o);
  // Finalizers run first, on intact objects (PEP 442); what they leave unreachable is
  // collected next time, when they have run.
  bool finalized = false;
  for (Object* o : garbage) {
    if (!o->type->finalize || (o->flags & kFinalized)) continue;
    finalizeOnce(*this, o);
    finalized = true;
  }
  if (finalized) {
    for (Object* o : garbage) decref(o);
    return;
  }
  for (Object* o : garbage)
    if (o->type->clear) o->type->clear(o);
  for (Object* o : garbage) decref(o);
  if (full) gcOldCountAtFullCollect = gcOldCount;
}

void Interp::rebuildGenerations() {
  std::vector<ObjectLinks*> old;
  for (ObjectLinks* l = gcHead.next; l != &gcHead; l = l->next)
    if (objectOf(l)->flags & kOldGeneration) old.push_back(l);
  for (ObjectLinks* l : old) {
    unlink(l);
    append(&oldHead, l);
  }
}

}  // namespace rw
