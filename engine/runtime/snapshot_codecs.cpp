// Snapshot codecs of the built-in types: how each one's contents are written and rebuilt.
#include <cstring>

#include "objects/cell.h"
#include "objects/class.h"
#include "objects/code.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/float.h"
#include "objects/function.h"
#include "objects/generator.h"
#include "objects/int.h"
#include "objects/iterators.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/range.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/frame.h"
#include "runtime/snapshot.h"
#include "support/utf8.h"

namespace rw {

namespace {

// Allocates like Interp::alloc (room for a class's instance dict included), without a
// birth: the serial and counts come from the snapshot.
template <class T>
T* allocateBare(Interp& I, Type* type, size_t extra = 0) {
  size_t size = sizeof(T) + extra;
  size_t full = std::max<size_t>(size, type->basicSize);
  void* memory = I.allocateRaw(full, type->hasFlag(kTypeGc));
  if (full > size) std::memset(static_cast<char*>(memory) + size, 0, full - size);
  return new (memory) T();
}

template <class T>
Object* allocatePlain(Interp& I, Type* type, SnapshotDecoder&) {
  return allocateBare<T>(I, type);
}

void writeNothing(Interp&, Object*, SnapshotEncoder&) {}
void readNothing(Interp&, Object*, SnapshotDecoder&) {}

// ---- str, int, float ---------------------------------------------------------------------

void strWrite(Interp&, Object* o, SnapshotEncoder& e) { e.w.string(static_cast<Str*>(o)->view()); }
Object* strAllocate(Interp& I, Type* type, SnapshotDecoder& d) {
  std::string text = d.r.string();
  Str* s = allocateBare<Str>(I, type, varSizeTail(type, text.size() + 1));
  std::memcpy(s->data(), text.data(), text.size());
  s->data()[text.size()] = '\0';
  s->byteLength = static_cast<int64_t>(text.size());
  clearTrailingWords(s, type);
  s->ascii = true;
  for (unsigned char c : text)
    if (c >= 0x80) s->ascii = false;
  s->length = s->ascii ? s->byteLength : static_cast<int64_t>(support::countCodePoints(text));
  return s;
}
// strAllocate took the text; reading past it reaches the words of a str subclass instance.
void strRead(Interp&, Object*, SnapshotDecoder& d) { d.r.string(); }

void intWrite(Interp&, Object* o, SnapshotEncoder& e) {
  const support::BigInt& v = static_cast<Int*>(o)->value;
  e.w.string(v.toBytes(v.bitLength() / 8 + 1, false, true));
}
Object* intAllocate(Interp& I, Type* type, SnapshotDecoder& d) {
  std::string bytes = d.r.string();
  Int* i = allocateBare<Int>(I, type);
  i->value = support::BigInt::fromBytes(
      std::span<const uint8_t>(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size()), false, true);
  return i;
}

void floatWrite(Interp&, Object* o, SnapshotEncoder& e) { e.w.f64(static_cast<Float*>(o)->value); }
Object* floatAllocate(Interp& I, Type* type, SnapshotDecoder& d) {
  Float* f = allocateBare<Float>(I, type);
  f->value = d.r.f64();
  return f;
}

// ---- containers --------------------------------------------------------------------------

void tupleWrite(Interp&, Object* o, SnapshotEncoder& e) {
  Tuple* t = static_cast<Tuple*>(o);
  e.w.varint(t->size);
  for (int64_t i = 0; i < t->size; ++i) e.value(t->item(i));
}
Object* tupleAllocate(Interp& I, Type* type, SnapshotDecoder& d) {
  uint64_t n = d.r.count();
  Tuple* t = allocateBare<Tuple>(I, type, varSizeTail(type, sizeof(Value) * n));
  t->size = static_cast<int64_t>(n);
  for (uint64_t i = 0; i < n; ++i) new (&t->items()[i]) Value();
  clearTrailingWords(t, type);
  return t;
}
void tupleRead(Interp&, Object* o, SnapshotDecoder& d) {
  Tuple* t = static_cast<Tuple*>(o);
  d.r.count();
  for (int64_t i = 0; i < t->size; ++i) t->items()[i] = d.value();
}

void listWrite(Interp&, Object* o, SnapshotEncoder& e) {
  List* l = static_cast<List*>(o);
  e.w.varint(l->size);
  for (int64_t i = 0; i < l->size; ++i) e.value(l->items[i]);
}
void listReset(Object* o) {
  List* l = static_cast<List*>(o);
  std::free(l->items);
  l->items = nullptr;
  l->size = l->capacity = 0;
}
void listRead(Interp&, Object* o, SnapshotDecoder& d) {
  List* l = static_cast<List*>(o);
  uint64_t n = d.r.count();
  l->items = n ? static_cast<Value*>(std::malloc(sizeof(Value) * n)) : nullptr;
  l->size = l->capacity = static_cast<int64_t>(n);
  for (uint64_t i = 0; i < n; ++i) l->items[i] = d.value();
}

void dictWrite(Interp&, Object* o, SnapshotEncoder& e) {
  Dict* dict = static_cast<Dict*>(o);
  e.w.varint(dict->version);
  e.w.varint(dict->used);
  int64_t pos = 0;
  const DictEntry* entry;
  while (dictNext(dict, pos, entry)) {
    e.w.svarint(entry->hash);
    e.value(entry->key);
    e.value(entry->value);
  }
}
void dictRead(Interp&, Object* o, SnapshotDecoder& d) {
  uint64_t version = d.r.varint();
  std::vector<DictEntry> entries(d.r.count());
  for (DictEntry& e : entries) {
    e.hash = d.r.svarint();
    e.key = d.value();
    e.value = d.value();
  }
  dictRestoreEntries(static_cast<Dict*>(o), entries, version);
}

// ---- functions and code ------------------------------------------------------------------

void functionWrite(Interp&, Object* o, SnapshotEncoder& e) {
  Function* f = static_cast<Function*>(o);
  for (Object* field : {static_cast<Object*>(f->code), static_cast<Object*>(f->globals),
                        static_cast<Object*>(f->builtins), static_cast<Object*>(f->name),
                        static_cast<Object*>(f->qualname), static_cast<Object*>(f->defaults),
                        static_cast<Object*>(f->kwdefaults), static_cast<Object*>(f->closure),
                        static_cast<Object*>(f->annotations), static_cast<Object*>(f->dict)})
    e.object(field);
  e.value(f->doc);
  e.value(f->module);
}
void functionRead(Interp&, Object* o, SnapshotDecoder& d) {
  Function* f = static_cast<Function*>(o);
  f->code = d.object<Code>();
  f->globals = d.object<Dict>();
  f->builtins = d.object<Dict>();
  f->name = d.object<Str>();
  f->qualname = d.object<Str>();
  f->defaults = d.object<Tuple>();
  f->kwdefaults = d.object<Dict>();
  f->closure = d.object<Tuple>();
  f->annotations = d.object<Dict>();
  f->dict = d.object<Dict>();
  f->doc = d.value();
  f->module = d.value();
}

void builtinWrite(Interp& I, Object* o, SnapshotEncoder& e) {
  BuiltinFunction* f = static_cast<BuiltinFunction*>(o);
  e.w.string(nativeFunctionName(I, f->fn));
  e.value(f->self);
  e.object(f->name);
  e.object(f->qualname);
}
void builtinRead(Interp& I, Object* o, SnapshotDecoder& d) {
  BuiltinFunction* f = static_cast<BuiltinFunction*>(o);
  f->fn = nativeFunctionByName(I, d.r.string(), &f->doc);
  f->self = d.value();
  f->name = d.object<Str>();
  f->qualname = d.object<Str>();
}

void boundWrite(Interp&, Object* o, SnapshotEncoder& e) {
  BoundMethod* m = static_cast<BoundMethod*>(o);
  e.value(m->function);
  e.value(m->self);
}
void boundRead(Interp&, Object* o, SnapshotDecoder& d) {
  BoundMethod* m = static_cast<BoundMethod*>(o);
  m->function = d.value();
  m->self = d.value();
}

void codeWrite(Interp&, Object* o, SnapshotEncoder& e) {
  Code* c = static_cast<Code*>(o);
  for (Object* field : {static_cast<Object*>(c->consts), static_cast<Object*>(c->names),
                        static_cast<Object*>(c->varnames), static_cast<Object*>(c->cellvars),
                        static_cast<Object*>(c->freevars), static_cast<Object*>(c->name),
                        static_cast<Object*>(c->qualname), static_cast<Object*>(c->filename)})
    e.object(field);
  for (int64_t v : {int64_t{c->argcount}, int64_t{c->posonlyargcount}, int64_t{c->kwonlyargcount},
                    int64_t{c->stacksize}, int64_t{c->firstlineno}, int64_t{c->flags}, c->sourceId,
                    int64_t{c->astNode}})
    e.w.svarint(v);
  e.w.varint(c->instructions.size());
  for (Instruction w : c->instructions) e.w.varint(w);
  for (const Location& l : c->locations) {
    e.w.varint(l.node);
    e.w.svarint(l.line);
    e.w.svarint(l.endLine);
    e.w.svarint(l.col);
    e.w.svarint(l.endCol);
  }
  e.w.varint(c->exceptionTable.size());
  for (const ExceptionEntry& x : c->exceptionTable) {
    e.w.varint(x.start);
    e.w.varint(x.end);
    e.w.varint(x.target);
    e.w.varint(x.depth);
    e.w.u8(x.pushLasti ? 1 : 0);
  }
  e.w.varint(c->cellArgs.size());
  for (int32_t a : c->cellArgs) e.w.svarint(a);
}
void codeRead(Interp&, Object* o, SnapshotDecoder& d) {
  Code* c = static_cast<Code*>(o);
  c->consts = d.object<Tuple>();
  c->names = d.object<Tuple>();
  c->varnames = d.object<Tuple>();
  c->cellvars = d.object<Tuple>();
  c->freevars = d.object<Tuple>();
  c->name = d.object<Str>();
  c->qualname = d.object<Str>();
  c->filename = d.object<Str>();
  c->argcount = static_cast<int32_t>(d.r.svarint());
  c->posonlyargcount = static_cast<int32_t>(d.r.svarint());
  c->kwonlyargcount = static_cast<int32_t>(d.r.svarint());
  c->stacksize = static_cast<int32_t>(d.r.svarint());
  c->firstlineno = static_cast<int32_t>(d.r.svarint());
  c->flags = static_cast<uint32_t>(d.r.svarint());
  c->sourceId = d.r.svarint();
  c->astNode = static_cast<uint32_t>(d.r.svarint());
  c->instructions.resize(d.r.count());
  for (Instruction& w : c->instructions) w = static_cast<Instruction>(d.r.varint());
  c->locations.resize(c->instructions.size());
  for (Location& l : c->locations) {
    l.node = static_cast<uint32_t>(d.r.varint());
    l.line = static_cast<int32_t>(d.r.svarint());
    l.endLine = static_cast<int32_t>(d.r.svarint());
    l.col = static_cast<int32_t>(d.r.svarint());
    l.endCol = static_cast<int32_t>(d.r.svarint());
  }
  c->exceptionTable.resize(d.r.count());
  for (ExceptionEntry& x : c->exceptionTable) {
    x.start = static_cast<uint32_t>(d.r.varint());
    x.end = static_cast<uint32_t>(d.r.varint());
    x.target = static_cast<uint32_t>(d.r.varint());
    x.depth = static_cast<uint32_t>(d.r.varint());
    x.pushLasti = d.r.u8() != 0;
  }
  c->cellArgs.resize(d.r.count());
  for (int32_t& a : c->cellArgs) a = static_cast<int32_t>(d.r.svarint());
}

void cellWrite(Interp&, Object* o, SnapshotEncoder& e) { e.value(static_cast<Cell*>(o)->contents); }
void cellRead(Interp&, Object* o, SnapshotDecoder& d) { static_cast<Cell*>(o)->contents = d.value(); }

void moduleWrite(Interp&, Object* o, SnapshotEncoder& e) { e.object(static_cast<Module*>(o)->dict); }
void moduleRead(Interp&, Object* o, SnapshotDecoder& d) { static_cast<Module*>(o)->dict = d.object<Dict>(); }

// ---- frames and exceptions -----------------------------------------------------------------

void frameWrite(Interp&, Object* o, SnapshotEncoder& e) {
  Frame* f = static_cast<Frame*>(o);
  size_t slots = static_cast<size_t>(f->code->nlocalsplus() + f->code->stacksize);
  e.w.varint(slots);
  e.object(f->code);
  e.object(f->function);
  e.object(f->globals);
  e.object(f->builtins);
  e.object(f->locals);
  e.object(f->back);
  e.object(f->generator);
  e.object(f->kwnames);
  e.w.varint(f->ip);
  e.w.u8(static_cast<uint8_t>(f->state));
  e.w.u8(static_cast<uint8_t>(f->returnAction));
  e.w.u8(f->actionStage);
  e.w.svarint(f->entryStep);
  int64_t live = f->sp - f->localsplus();
  e.w.varint(static_cast<uint64_t>(live));
  for (int64_t i = 0; i < live; ++i) e.value(f->localsplus()[i]);
}
Object* frameAllocate(Interp& I, Type* type, SnapshotDecoder& d) {
  uint64_t slots = d.r.varint();
  if (slots > (uint64_t{1} << 24)) throw SnapshotError("snapshot frame is implausibly large");
  Frame* f = allocateBare<Frame>(I, type, sizeof(Value) * slots);
  for (uint64_t i = 0; i < slots; ++i) new (&f->localsplus()[i]) Value();
  return f;
}
void frameRead(Interp&, Object* o, SnapshotDecoder& d) {
  Frame* f = static_cast<Frame*>(o);
  uint64_t slots = d.r.varint();
  f->code = d.object<Code>();
  f->function = d.object<Function>();
  f->globals = d.object<Dict>();
  f->builtins = d.object<Dict>();
  f->locals = d.object<Dict>();
  f->back = d.object<Frame>();
  f->generator = d.object<Object>();
  f->kwnames = d.object<Tuple>();
  f->ip = static_cast<uint32_t>(d.r.varint());
  f->state = static_cast<FrameState>(d.r.u8());
  uint8_t action = d.r.u8();
  if (action > kLastReturnAction)
    throw SnapshotError("snapshot frame has an unknown return action");
  f->returnAction = static_cast<ReturnAction>(action);
  f->actionStage = d.r.u8();
  f->entryStep = d.r.svarint();
  uint64_t live = d.r.varint();
  if (live > slots) throw SnapshotError("snapshot frame stack overflows its slots");
  for (uint64_t i = 0; i < live; ++i) f->localsplus()[i] = d.value();
  f->sp = f->localsplus() + live;
  if (f->sp < f->stackBase()) f->sp = f->stackBase();
}

void tracebackWrite(Interp&, Object* o, SnapshotEncoder& e) {
  Traceback* t = static_cast<Traceback*>(o);
  e.value(t->next);
  e.object(t->frame);
  e.w.varint(t->lasti);
  e.w.svarint(t->lineno);
}
void tracebackRead(Interp&, Object* o, SnapshotDecoder& d) {
  Traceback* t = static_cast<Traceback*>(o);
  t->next = d.value();
  t->frame = d.object<Frame>();
  t->lasti = static_cast<uint32_t>(d.r.varint());
  t->lineno = static_cast<int32_t>(d.r.svarint());
}

void exceptionWrite(Interp&, Object* o, SnapshotEncoder& e) {
  ExceptionObject* x = static_cast<ExceptionObject*>(o);
  e.object(x->args);
  e.value(x->traceback);
  e.value(x->cause);
  e.value(x->context);
  e.w.u8(x->suppressContext ? 1 : 0);
  e.object(x->dict);
  e.value(x->notes);
}
void exceptionRead(Interp&, Object* o, SnapshotDecoder& d) {
  ExceptionObject* x = static_cast<ExceptionObject*>(o);
  x->args = d.object<Tuple>();
  x->traceback = d.value();
  x->cause = d.value();
  x->context = d.value();
  x->suppressContext = d.r.u8() != 0;
  x->dict = d.object<Dict>();
  x->notes = d.value();
}

// ---- ranges, iterators, slices -----------------------------------------------------------

void rangeWrite(Interp&, Object* o, SnapshotEncoder& e) {
  Range* r = static_cast<Range*>(o);
  for (Value v : {r->start, r->stop, r->step, r->length}) e.value(v);
}
void rangeRead(Interp&, Object* o, SnapshotDecoder& d) {
  Range* r = static_cast<Range*>(o);
  r->start = d.value();
  r->stop = d.value();
  r->step = d.value();
  r->length = d.value();
}

void rangeIterWrite(Interp&, Object* o, SnapshotEncoder& e) {
  RangeIterator* it = static_cast<RangeIterator*>(o);
  e.w.svarint(it->next);
  e.w.svarint(it->step);
  e.w.svarint(it->remaining);
  e.value(it->bigNext);
  e.value(it->bigStep);
  e.value(it->bigRemaining);
}
void rangeIterRead(Interp&, Object* o, SnapshotDecoder& d) {
  RangeIterator* it = static_cast<RangeIterator*>(o);
  it->next = d.r.svarint();
  it->step = d.r.svarint();
  it->remaining = d.r.svarint();
  it->bigNext = d.value();
  it->bigStep = d.value();
  it->bigRemaining = d.value();
}

void seqIterWrite(Interp&, Object* o, SnapshotEncoder& e) {
  SeqIterator* it = static_cast<SeqIterator*>(o);
  e.value(it->sequence);
  e.w.svarint(it->index);
}
void seqIterRead(Interp&, Object* o, SnapshotDecoder& d) {
  SeqIterator* it = static_cast<SeqIterator*>(o);
  it->sequence = d.value();
  it->index = d.r.svarint();
}


void sliceWrite(Interp&, Object* o, SnapshotEncoder& e) {
  Slice* s = static_cast<Slice*>(o);
  for (Value v : {s->start, s->stop, s->step}) e.value(v);
}
void sliceRead(Interp&, Object* o, SnapshotDecoder& d) {
  Slice* s = static_cast<Slice*>(o);
  s->start = d.value();
  s->stop = d.value();
  s->step = d.value();
}

void generatorWrite(Interp&, Object* o, SnapshotEncoder& e) {
  Generator* g = static_cast<Generator*>(o);
  e.object(g->frame);
  e.object(g->code);
  e.object(g->name);
  e.object(g->qualname);
  e.w.u8(static_cast<uint8_t>((g->running ? 1 : 0) | (g->runningAsync ? 2 : 0) |
                              (g->closed ? 4 : 0) | (g->hooksInitialized ? 8 : 0)));
  e.value(g->asyncFinalizer);
}
void generatorRead(Interp&, Object* o, SnapshotDecoder& d) {
  Generator* g = static_cast<Generator*>(o);
  g->frame = d.object<Frame>();
  g->code = d.object<Code>();
  g->name = d.object<Str>();
  g->qualname = d.object<Str>();
  uint8_t flags = d.r.u8();
  g->running = flags & 1;
  g->runningAsync = flags & 2;
  g->closed = flags & 4;
  g->hooksInitialized = flags & 8;
  g->asyncFinalizer = d.value();
}

const SnapshotCodec kStr{strWrite, strAllocate, strRead, nullptr, false};
const SnapshotCodec kInt{intWrite, intAllocate, readNothing, nullptr, false};
const SnapshotCodec kFloat{floatWrite, floatAllocate, readNothing, nullptr, false};
const SnapshotCodec kTuple{tupleWrite, tupleAllocate, tupleRead, nullptr, false};
const SnapshotCodec kList{listWrite, allocatePlain<List>, listRead, listReset, true};
const SnapshotCodec kDict{dictWrite, allocatePlain<Dict>, dictRead,
                          [](Object* o) { dictReleaseStorage(static_cast<Dict*>(o)); }, true};
const SnapshotCodec kFunction{functionWrite, allocatePlain<Function>, functionRead, nullptr, false};
const SnapshotCodec kBuiltin{builtinWrite, allocatePlain<BuiltinFunction>, builtinRead, nullptr, false};
const SnapshotCodec kBound{boundWrite, allocatePlain<BoundMethod>, boundRead, nullptr, false};
const SnapshotCodec kCode{codeWrite, allocatePlain<Code>, codeRead, nullptr, false};
const SnapshotCodec kCell{cellWrite, allocatePlain<Cell>, cellRead, nullptr, true};
const SnapshotCodec kModule{moduleWrite, allocatePlain<Module>, moduleRead, nullptr, false};
const SnapshotCodec kFrame{frameWrite, frameAllocate, frameRead, nullptr, false};
const SnapshotCodec kTraceback{tracebackWrite, allocatePlain<Traceback>, tracebackRead, nullptr, false};
const SnapshotCodec kException{exceptionWrite, allocatePlain<ExceptionObject>, exceptionRead, nullptr, false};
const SnapshotCodec kRange{rangeWrite, allocatePlain<Range>, rangeRead, nullptr, false};
const SnapshotCodec kRangeIter{rangeIterWrite, allocatePlain<RangeIterator>, rangeIterRead, nullptr, false};
const SnapshotCodec kSeqIter{seqIterWrite, allocatePlain<SeqIterator>, seqIterRead, nullptr, false};
const SnapshotCodec kSlice{sliceWrite, allocatePlain<Slice>, sliceRead, nullptr, false};
const SnapshotCodec kGenerator{generatorWrite, allocatePlain<Generator>, generatorRead, nullptr, false};
const SnapshotCodec kPlainObject{writeNothing, allocatePlain<Object>, readNothing, nullptr, false};

}  // namespace

void registerBuiltinSnapshotCodecs(Interp& I) {
  auto& T = I.types;
  registerSnapshotCodec(I, T.str, &kStr);
  registerSnapshotCodec(I, T.int_, &kInt);
  registerSnapshotCodec(I, T.float_, &kFloat);
  registerSnapshotCodec(I, T.tuple, &kTuple);
  registerSnapshotCodec(I, T.list, &kList);
  registerSnapshotCodec(I, T.dict, &kDict);
  registerSnapshotCodec(I, T.function, &kFunction);
  registerSnapshotCodec(I, T.builtinFunction, &kBuiltin);
  registerSnapshotCodec(I, T.boundMethod, &kBound);
  registerSnapshotCodec(I, T.code, &kCode);
  registerSnapshotCodec(I, T.cell, &kCell);
  registerSnapshotCodec(I, T.module, &kModule);
  registerSnapshotCodec(I, T.frame, &kFrame);
  registerSnapshotCodec(I, T.traceback, &kTraceback);
  registerSnapshotCodec(I, I.exc.BaseException, &kException);
  registerSnapshotCodec(I, T.range, &kRange);
  registerSnapshotCodec(I, T.rangeIterator, &kRangeIter);
  registerSnapshotCodec(I, T.longRangeIterator, &kRangeIter);
  registerSnapshotCodec(I, T.listIterator, &kSeqIter);
  registerSnapshotCodec(I, T.tupleIterator, &kSeqIter);
  registerSnapshotCodec(I, T.strIterator, &kSeqIter);
  registerSnapshotCodec(I, T.sequenceIterator, &kSeqIter);
  registerSnapshotCodec(I, T.slice, &kSlice);
  registerSnapshotCodec(I, T.generator, &kGenerator);
  registerSnapshotCodec(I, T.coroutine, &kGenerator);
  registerSnapshotCodec(I, T.asyncGenerator, &kGenerator);
  registerSnapshotCodec(I, T.object, &kPlainObject);
  registerClassSnapshotCodecs(I);
  registerCollectionSnapshotCodecs(I);
  registerExceptionSnapshotCodecs(I);
  registerCoroutineSnapshotCodecs(I);
}

}  // namespace rw
