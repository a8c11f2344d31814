// Writing and restoring whole-interpreter snapshots.
#include "runtime/snapshot.h"

#include <algorithm>

#include "objects/function.h"
#include "objects/str.h"
#include "runtime/frame.h"
#include "runtime/type.h"

namespace rw {

namespace {

constexpr std::string_view kMagic = "RWSNAP1";
enum ValueTag : uint8_t { kNull = 0, kSmall = 1, kObject = 2 };

}  // namespace

void SnapshotEncoder::value(Value v) {
  if (v.isNull()) {
    w.u8(kNull);
  } else if (v.isSmallInt()) {
    w.u8(kSmall);
    w.svarint(v.asSmallInt());
  } else {
    w.u8(kObject);
    w.varint(v.asObject()->serial);
  }
}

Value SnapshotDecoder::value() {
  switch (r.u8()) {
    case kNull: return Value();
    case kSmall: return Value::smallInt(r.svarint());
    case kObject: {
      uint64_t serial = r.varint();
      auto it = objects_.find(serial);
      if (it == objects_.end())
        throw SnapshotError("snapshot refers to object " + std::to_string(serial) + " that it does not contain");
      return Value(it->second);
    }
    default: throw SnapshotError("snapshot has a malformed value");
  }
}

void registerSnapshotCodec(Interp& I, Type* type, const SnapshotCodec* codec) {
  I.snapshotCodecs[type] = codec;
}

const SnapshotCodec* snapshotCodecFor(Interp& I, Type* type) {
  if (type->hasFlag(kTypeHeap)) return classInstanceCodec();
  for (Type* t = type; t; t = t->base) {
    // object's codec fits only plain object() instances; a subtype needs its own.
    if (t == I.types.object && t != type) break;
    auto it = I.snapshotCodecs.find(t);
    if (it != I.snapshotCodecs.end()) return it->second;
  }
  return nullptr;
}

namespace {

// Native functions are found by stable names, collected once from start-up objects (which
// are the same in every interpreter of a build).
void collectNativeNames(Interp& I) {
  if (!I.nativeNames.empty()) return;
  auto add = [&](NativeFunction fn, const char* doc, std::string name) {
    I.nativeNames.emplace(reinterpret_cast<void*>(fn), name);
    I.nativeByName.emplace(name, Interp::NativeEntry{reinterpret_cast<void*>(fn), doc});
  };
  I.forEachObject([&](Object* o) {
    if (o->serial > I.startupSerialLimit()) return;
    if (o->type == I.types.methodDescriptor) {
      auto* m = static_cast<MethodDescriptor*>(o);
      add(m->fn, m->doc, std::string(m->owner->name->view()) + "." + std::string(m->name->view()));
    } else if (o->type == I.types.builtinFunction) {
      auto* f = static_cast<BuiltinFunction*>(o);
      add(f->fn, f->doc, "builtin#" + std::to_string(f->serial));
    }
  });
}

}  // namespace

std::string nativeFunctionName(Interp& I, NativeFunction fn) {
  collectNativeNames(I);
  auto it = I.nativeNames.find(reinterpret_cast<void*>(fn));
  if (it == I.nativeNames.end()) throw SnapshotError("a native function has no stable name");
  return it->second;
}

NativeFunction nativeFunctionByName(Interp& I, const std::string& name, const char** doc) {
  collectNativeNames(I);
  auto it = I.nativeByName.find(name);
  if (it == I.nativeByName.end()) throw SnapshotError("unknown native function '" + name + "'");
  if (doc) *doc = it->second.doc;
  return reinterpret_cast<NativeFunction>(it->second.fn);
}

bool canSnapshot(const Interp& I) {
  return I.nativeDepth == 1 && I.main.frame && I.pendingDestruction.empty() && I.destroyDepth == 0 &&
         I.reprStack.empty() && !I.pendingException;
}

std::string engineFingerprint(Interp& I) {
  // Start-up creates the same objects in the same order in one build; their count and types
  // are a cheap, sensitive fingerprint.
  uint64_t h = 1469598103934665603ull;
  auto mix = [&](uint64_t v) {
    h ^= v;
    h *= 1099511628211ull;
  };
  I.forEachObject([&](Object* o) {
    if (o->serial > I.startupSerialLimit()) return;
    mix(o->serial);
    mix(o->type->serial);
  });
  return std::to_string(I.startupSerialLimit()) + "-" + std::to_string(h);
}

std::vector<uint8_t> writeSnapshot(Interp& I) {
  if (!canSnapshot(I)) throw SnapshotError("the interpreter is not at a snapshot point");
  support::ByteWriter w;
  SnapshotEncoder enc(w);
  w.string(kMagic);
  w.string(engineFingerprint(I));
  w.varint(I.serialCounter());
  w.svarint(I.stepCount);
  w.svarint(I.recursionDepth);
  w.svarint(I.recursionLimit);
  w.svarint(I.maxStrDigits);
  w.svarint(I.gcAllocationsSinceCollect);
  w.svarint(I.gcThreshold);
  w.svarint(I.gcOldCount);
  w.svarint(I.gcOldCountAtFullCollect);
  w.svarint(I.nextSourceId);
  enc.value(I.handledException);
  enc.object(I.frame);
  enc.object(I.main.module);
  enc.object(I.main.code);
  enc.object(I.main.frame);

  std::vector<Object*> objects;
  I.forEachObject([&](Object* o) { objects.push_back(o); });
  std::sort(objects.begin(), objects.end(), [](Object* a, Object* b) { return a->serial < b->serial; });
  // Every object's count and flags; contents for objects that need them.
  w.varint(objects.size());
  support::ByteWriter payload;
  SnapshotEncoder payloadEnc(payload);
  for (Object* o : objects) {
    bool startup = o->serial <= I.startupSerialLimit();
    const SnapshotCodec* codec = snapshotCodecFor(I, o->type);
    if (!codec && !startup)
      throw SnapshotError("no snapshot codec for type '" + std::string(o->type->name->view()) + "'");
    bool withContents = codec && codec->write && (!startup || codec->mutableAtStartup);
    w.varint(o->serial);
    enc.object(o->type);
    w.varint(o->refcnt);
    w.varint(o->flags);
    payload.clear();
    if (withContents) codec->write(I, o, payloadEnc);
    w.u8(withContents ? 1 : 0);
    if (withContents) w.string(std::string_view(reinterpret_cast<const char*>(payload.bytes().data()), payload.size()));
  }
  // Interned strings created after start-up.
  std::vector<uint64_t> interned;
  for (auto& [text, s] : I.internedStrings()) interned.push_back(s->serial);
  std::sort(interned.begin(), interned.end());
  w.varint(interned.size());
  for (uint64_t serial : interned) w.varint(serial);
  return w.take();
}

void restoreSnapshot(Interp& I, const std::vector<uint8_t>& bytes) {
  support::ByteReader r(bytes);
  if (r.string() != kMagic) throw SnapshotError("not a Rewind snapshot");
  std::string fingerprint = r.string();
  if (fingerprint != engineFingerprint(I))
    throw SnapshotError("the snapshot was written by a different build of the engine");
  uint64_t nextSerial = r.varint();
  int64_t stepCount = r.svarint();
  int64_t recursionDepth = r.svarint();
  int64_t recursionLimit = r.svarint();
  int64_t maxStrDigits = r.svarint();
  int64_t gcAllocations = r.svarint();
  int64_t gcThreshold = r.svarint();
  int64_t gcOldCount = r.svarint();
  int64_t gcOldCountAtFullCollect = r.svarint();
  int64_t nextSourceId = r.svarint();

  std::unordered_map<uint64_t, Object*> objects;
  I.forEachObject([&](Object* o) { objects[o->serial] = o; });
  // The root values are decoded after the objects exist; remember where they are.
  support::ByteReader rootsReader = r;
  for (int i = 0; i < 5; ++i) {
    uint8_t tag = r.u8();
    if (tag == kSmall) r.svarint();
    if (tag == kObject) r.varint();
  }

  struct Record {
    uint64_t serial;
    uint64_t typeSerial;
    uint32_t refcnt;
    uint32_t flags;
    bool hasContents;
    std::string payload;
  };
  std::vector<Record> records(r.count());
  for (Record& rec : records) {
    rec.serial = r.varint();
    if (r.u8() != kObject) throw SnapshotError("snapshot object without a type");
    rec.typeSerial = r.varint();
    rec.refcnt = static_cast<uint32_t>(r.varint());
    rec.flags = static_cast<uint32_t>(r.varint());
    rec.hasContents = r.u8() != 0;
    if (rec.hasContents) rec.payload = r.string();
  }
  std::vector<uint64_t> interned(r.count());
  for (uint64_t& s : interned) s = r.varint();

  I.suspendDestruction = true;
  auto decoderFor = [&](const Record& rec) {
    return SnapshotDecoder(
        support::ByteReader(reinterpret_cast<const uint8_t*>(rec.payload.data()), rec.payload.size()), objects);
  };
  auto typeOfRecord = [&](const Record& rec) {
    auto it = objects.find(rec.typeSerial);
    if (it == objects.end()) throw SnapshotError("snapshot object has an unknown type");
    return static_cast<Type*>(it->second);
  };
  // Phase 1: allocate the objects start-up did not create (types first, so that instances
  // of classes created at run time find their type).
  std::vector<const Record*> order;
  for (const Record& rec : records) order.push_back(&rec);
  std::stable_sort(order.begin(), order.end(), [&](const Record* a, const Record* b) {
    return (a->typeSerial == I.types.type->serial) > (b->typeSerial == I.types.type->serial);
  });
  for (const Record* rec : order) {
    if (rec->serial <= I.startupSerialLimit()) {
      if (!objects.count(rec->serial)) throw SnapshotError("snapshot start-up object is missing");
      continue;
    }
    Type* type = typeOfRecord(*rec);
    const SnapshotCodec* codec = snapshotCodecFor(I, type);
    if (!codec || !codec->allocate || !rec->hasContents)
      throw SnapshotError("cannot rebuild an object of type '" +
                          (type->name ? std::string(type->name->view()) : std::to_string(type->serial)) + "'");
    SnapshotDecoder dec = decoderFor(*rec);
    Object* o = codec->allocate(I, type, dec);
    I.adoptRestored(o, type, rec->serial);
    objects[rec->serial] = o;
  }
  // Start-up objects that died before the snapshot die now.
  std::unordered_map<uint64_t, const Record*> bySerial;
  for (const Record& rec : records) bySerial[rec.serial] = &rec;
  std::vector<Object*> dead;
  for (auto& [serial, o] : objects)
    if (serial <= I.startupSerialLimit() && !bySerial.count(serial)) dead.push_back(o);
  for (Object* o : dead)
    if (o->type->destroy) o->type->destroy(o);
  // Phase 2: contents.
  for (const Record& rec : records) {
    if (!rec.hasContents) continue;
    Object* o = objects.at(rec.serial);
    const SnapshotCodec* codec = snapshotCodecFor(I, o->type);
    if (rec.serial <= I.startupSerialLimit() && codec->reset) codec->reset(o);
    SnapshotDecoder dec = decoderFor(rec);
    codec->read(I, o, dec);
  }
  // Phase 3: counts and flags exactly as recorded.
  for (const Record& rec : records) {
    Object* o = objects.at(rec.serial);
    o->refcnt = rec.refcnt;
    o->flags = rec.flags;
  }
  for (Object* o : dead) {
    objects.erase(o->serial);
    I.freeRaw(o);
  }
  for (const Record& rec : records) {
    if (rec.serial <= I.startupSerialLimit()) continue;
    Object* o = objects.at(rec.serial);
    const SnapshotCodec* codec = snapshotCodecFor(I, o->type);
    if (codec->finish) codec->finish(I, o);
  }
  std::unordered_map<std::string, Str*> table;
  for (uint64_t serial : interned) {
    auto it = objects.find(serial);
    if (it == objects.end()) throw SnapshotError("snapshot interns a missing string");
    Str* s = static_cast<Str*>(it->second);
    table.emplace(std::string(s->view()), s);
  }
  I.replaceInternedStrings(std::move(table));

  SnapshotDecoder roots(rootsReader, objects);
  I.handledException = roots.value();
  I.frame = roots.object<Frame>();
  I.main.module = roots.object<Object>();
  I.main.code = roots.object<Object>();
  I.main.frame = roots.object<Frame>();
  I.setSerialCounter(nextSerial);
  I.stepCount = stepCount;
  I.recursionDepth = static_cast<int>(recursionDepth);
  I.recursionLimit = static_cast<int>(recursionLimit);
  I.maxStrDigits = maxStrDigits;
  I.gcAllocationsSinceCollect = gcAllocations;
  I.gcThreshold = gcThreshold;
  I.gcOldCount = gcOldCount;
  I.gcOldCountAtFullCollect = gcOldCountAtFullCollect;
  I.rebuildGenerations();
  I.nextSourceId = nextSourceId;
  I.nativeDepth = 0;
  I.suspendDestruction = false;
}

}  // namespace rw

