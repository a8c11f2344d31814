// functools.lru_cache and functools.cache: CPython's _lru_cache_wrapper with its three
// strategies (no cache for maxsize 0, a plain dict without a bound, a dict of links kept in
// recency order with a bound), its keys (a single str or int argument is its own key) and its
// hit and miss counting, so that cache_info() reports what CPython reports.
#include <limits>

#include "modules/functools.h"
#include "modules/module_snapshot.h"
#include "modules/module_support.h"
#include "modules/native_modules.h"
#include "modules/struct_sequence.h"
#include "objects/dict.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/protocols.h"
#include "runtime/type_support.h"

namespace rw {

namespace {

// One cached call in a bounded cache: the cache dict maps the key to its link, and the links
// form a list from least to most recently used. prev and next are not owned: the dict owns
// every link.
struct Link : Object {
  Value key;
  Value result;
  Hash hash = 0;
  Link* prev = nullptr;
  Link* next = nullptr;
};

struct LruWrapper : Object {
  Value func;
  Value cache;       // dict
  Value maxsizeArg;  // as given (after negative -> 0), for cache_parameters()
  Value typedArg;
  Value kwdMark;  // separates positional from keyword arguments in keys
  Dict* dict = nullptr;
  Link* oldest = nullptr;
  Link* newest = nullptr;
  int64_t maxsize = -1;  // -1: unbounded
  bool typed = false;
  int64_t hits = 0;
  int64_t misses = 0;
};

// lru_cache(maxsize, typed) applied to nothing yet: CPython's decorating_function closure.
struct Decorator : Object {
  Value maxsizeArg;
  Value typedArg;
};

LruWrapper* asWrapper(Value v) {
  return static_cast<LruWrapper*>(v.asObject());
}
Dict* cacheOf(LruWrapper* w) {
  return static_cast<Dict*>(w->cache.asObject());
}

Type* staticType(Interp& I, const char* name) {
  return static_cast<Type*>(I.findStatic(std::string("type:functools.") + name));
}

// ---- the recency list --------------------------------------------------------------------------

void unlink(LruWrapper* w, Link* link) {
  (link->prev ? link->prev->next : w->oldest) = link->next;
  (link->next ? link->next->prev : w->newest) = link->prev;
  link->prev = link->next = nullptr;
}

void append(LruWrapper* w, Link* link) {
  link->prev = w->newest;
  link->next = nullptr;
  (w->newest ? w->newest->next : w->oldest) = link;
  w->newest = link;
}

void linkDestroy(Object* o) {
  Link* l = static_cast<Link*>(o);
  Value key = l->key, result = l->result;
  l->key = l->result = Value();
  decref(key);
  decref(result);
}

void linkTraverse(Object* o, const RefVisitor& visit) {
  Link* l = static_cast<Link*>(o);
  if (l->key) visit(l->key);
  if (l->result) visit(l->result);
}

// ---- keys and calls ----------------------------------------------------------------------------

Value makeKey(Interp& I, LruWrapper* w, CallArgs args) {
  size_t nkw = args.nkw();
  if (!w->typed && nkw == 0) {
    if (args.nargs == 1) {
      Value only = args.args[0];
      if (isType(I, only, I.types.str) || isType(I, only, I.types.int_)) return newRef(only);
    }
    return Value(newTupleFrom(I, args.args, static_cast<int64_t>(args.nargs)));
  }
  std::vector<Value> parts(args.args, args.args + args.nargs);
  if (nkw) {
    parts.push_back(w->kwdMark);
    for (size_t k = 0; k < nkw; ++k) {
      parts.push_back(args.kwnames->item(static_cast<int64_t>(k)));
      parts.push_back(args.kwValue(k));
    }
  }
  if (w->typed) {
    for (size_t i = 0; i < args.nargs; ++i)
      parts.push_back(Value(typeOf(I, args.args[i])));
    for (size_t k = 0; k < nkw; ++k)
      parts.push_back(Value(typeOf(I, args.kwValue(k))));
  }
  return Value(newTupleFrom(I, parts.data(), static_cast<int64_t>(parts.size())));
}

Value callFunction(Interp& I, LruWrapper* w, CallArgs args) {
  Ref func = Ref::borrow(w->func);
  return call(I, func.get(), args);
}

Value unboundedCall(Interp& I, LruWrapper* w, CallArgs args) {
  Ref key = Ref::steal(makeKey(I, w, args));
  Hash h = hash(I, key.get());
  Ref cache = Ref::borrow(w->cache);
  if (Value found = dictGetWithHash(I, cache.as<Dict>(), key.get(), h)) {
    ++w->hits;
    return newRef(found);
  }
  ++w->misses;
  Ref result = Ref::steal(callFunction(I, w, args));
  dictSetWithHash(I, cache.as<Dict>(), key.get(), h, result.get());
  return result.release();
}

Value boundedCall(Interp& I, LruWrapper* w, CallArgs args) {
  Ref key = Ref::steal(makeKey(I, w, args));
  Hash h = hash(I, key.get());
  Ref cache = Ref::borrow(w->cache);
  Dict* d = cache.as<Dict>();
  if (Value found = dictGetWithHash(I, d, key.get(), h)) {
    Link* link = static_cast<Link*>(found.asObject());
    unlink(w, link);
    append(w, link);
    ++w->hits;
    return newRef(link->result);
  }
  ++w->misses;
  Ref result = Ref::steal(callFunction(I, w, args));
  // The call may have cached this very key (recursion); then its link stays as it is.
  if (dictGetWithHash(I, d, key.get(), h)) return result.release();
  if (d->used < w->maxsize || !w->oldest) {
    Link* link = I.alloc<Link>(staticType(I, "_lru_list_elem"));
    Ref linkRef = Ref::steal(Value(link));
    link->hash = h;
    link->key = newRef(key.get());
    link->result = newRef(result.get());
    dictSetWithHash(I, d, key.get(), h, linkRef.get());
    append(w, link);
    return result.release();
  }
  // Full: the least recently used link is reused for the new key and result.
  Link* link = w->oldest;
  Ref linkRef = Ref::borrow(Value(link));
  unlink(w, link);
  dictDelWithHash(I, d, link->key, link->hash);
  Ref oldKey = Ref::steal(link->key);
  Ref oldResult = Ref::steal(link->result);
  link->hash = h;
  link->key = newRef(key.get());
  link->result = newRef(result.get());
  if (I.observer) I.observer->onWrite(link);
  dictSetWithHash(I, d, key.get(), h, linkRef.get());
  append(w, link);
  return result.release();
}

Value wrapperCall(Interp& I, Value self, CallArgs args) {
  LruWrapper* w = asWrapper(self);
  Ref keep = Ref::borrow(self);
  Value result;
  if (w->maxsize == 0) {
    ++w->misses;
    result = callFunction(I, w, args);
  } else if (w->maxsize < 0) {
    result = unboundedCall(I, w, args);
  } else {
    result = boundedCall(I, w, args);
  }
  if (I.observer) I.observer->onWrite(w);
  return result;
}

// ---- the wrapper type ------------------------------------------------------------------------

Dict** wrapperDict(Object* o) {
  return &static_cast<LruWrapper*>(o)->dict;
}

void wrapperRelease(LruWrapper* w) {
  Value values[] = {w->func,     w->cache,   w->maxsizeArg,
                    w->typedArg, w->kwdMark, w->dict ? Value(w->dict) : Value()};
  w->func = w->cache = w->maxsizeArg = w->typedArg = w->kwdMark = Value();
  w->dict = nullptr;
  w->oldest = w->newest = nullptr;
  for (Value v : values)
    decref(v);
}

void wrapperDestroy(Object* o) {
  wrapperRelease(asWrapper(o));
}

void wrapperTraverse(Object* o, const RefVisitor& visit) {
  LruWrapper* w = asWrapper(o);
  for (Value v : {w->func, w->cache, w->maxsizeArg, w->typedArg, w->kwdMark,
                  w->dict ? Value(w->dict) : Value()})
    if (v) visit(v);
}

Value wrapperDescrGet(Interp& I, Value descr, Value obj, Value) {
  if (!obj || obj.is(I.None())) return newRef(descr);
  return newBoundMethod(I, descr, obj);
}

Value cacheInfo(Interp& I, Value self, CallArgs args) {
  checkArgCount(I, "cache_info", args, 0, 0);
  LruWrapper* w = asWrapper(self);
  Ref hits = Ref::steal(newInt(I, w->hits));
  Ref misses = Ref::steal(newInt(I, w->misses));
  Ref maxsize = Ref::steal(w->maxsize < 0 ? I.None() : newInt(I, w->maxsize));
  Ref size = Ref::steal(newInt(I, cacheOf(w)->used));
  return newStructSequence(I, staticType(I, "CacheInfo"),
                           {hits.get(), misses.get(), maxsize.get(), size.get()});
}

Value cacheClear(Interp& I, Value self, CallArgs args) {
  checkArgCount(I, "cache_clear", args, 0, 0);
  LruWrapper* w = asWrapper(self);
  w->oldest = w->newest = nullptr;
  w->hits = w->misses = 0;
  if (I.observer) I.observer->onWrite(w);
  dictClear(I, cacheOf(w));
  return I.None();
}

Value cacheParameters(Interp& I, Value self, CallArgs args) {
  checkArgCount(I, "cache_parameters", args, 0, 0);
  LruWrapper* w = asWrapper(self);
  Ref d = Ref::steal(Value(newDict(I)));
  dictSetStr(I, d.as<Dict>(), "maxsize", w->maxsizeArg);
  dictSetStr(I, d.as<Dict>(), "typed", w->typedArg);
  return d.release();
}

Value newWrapper(Interp& I, Value func, Value maxsizeArg, Value typedArg) {
  if (!typeOf(I, func)->call) raiseTypeError(I, "the first argument must be callable");
  int64_t maxsize = -1;
  if (!maxsizeArg.is(I.None())) {
    if (!typeOf(I, maxsizeArg)->index) raiseTypeError(I, "maxsize should be integer or None");
    maxsize = asSsize(I, maxsizeArg, I.exc.OverflowError);
    if (maxsize < 0) maxsize = 0;
  }
  bool typed = truthy(I, typedArg);
  Ref cache = Ref::steal(Value(newDict(I)));
  LruWrapper* w = I.alloc<LruWrapper>(staticType(I, "_lru_cache_wrapper"));
  Ref wrapper = Ref::steal(Value(w));
  w->func = newRef(func);
  w->cache = cache.release();
  w->maxsizeArg = newRef(maxsizeArg);
  w->typedArg = newRef(typedArg);
  w->kwdMark = newRef(Value(I.findStatic("functools.kwd_mark")));
  w->maxsize = maxsize;
  w->typed = typed;
  updateWrapper(I, wrapper.get(), func);
  return wrapper.release();
}

// ---- lru_cache(), cache() and the decorator --------------------------------------------------

Value decoratorCall(Interp& I, Value self, CallArgs args) {
  std::vector<Value> a = bindLikePython(I, "decorating_function", args, {"user_function"}, 1);
  Decorator* d = static_cast<Decorator*>(self.asObject());
  return newWrapper(I, a[0], d->maxsizeArg, d->typedArg);
}

Value decoratorRepr(Interp& I, Value self) {
  return Value(newStr(
      I, "<function lru_cache.<locals>.decorating_function at " + objectAddress(self) + ">"));
}

void decoratorDestroy(Object* o) {
  Decorator* d = static_cast<Decorator*>(o);
  Value maxsize = d->maxsizeArg, typed = d->typedArg;
  d->maxsizeArg = d->typedArg = Value();
  decref(maxsize);
  decref(typed);
}

void decoratorTraverse(Object* o, const RefVisitor& visit) {
  Decorator* d = static_cast<Decorator*>(o);
  if (d->maxsizeArg) visit(d->maxsizeArg);
  if (d->typedArg) visit(d->typedArg);
}

Value lruCache(Interp& I, Value maxsize, Value typed) {
  Ref size = Ref::borrow(maxsize);
  if (isInt(I, maxsize)) {
    if (compareBool(I, maxsize, Value::smallInt(0), CompareOp::Lt)) size = Ref::steal(newInt(I, 0));
  } else if (typeOf(I, maxsize)->call && isInstance(I, typed, I.types.bool_)) {
    // lru_cache(function): the function came in place of maxsize.
    return newWrapper(I, maxsize, Value::smallInt(128), typed);
  } else if (!maxsize.is(I.None())) {
    raiseTypeError(I, "Expected first argument to be an integer, a callable, or None");
  }
  Decorator* d = I.alloc<Decorator>(staticType(I, "function"));
  d->maxsizeArg = size.release();
  d->typedArg = newRef(typed);
  return Value(d);
}

Value functoolsLruCache(Interp& I, Value, CallArgs args) {
  std::vector<Value> a = bindLikePython(I, "lru_cache", args, {"maxsize", "typed"}, 0);
  return lruCache(I, a[0] ? a[0] : Value::smallInt(128), a[1] ? a[1] : I.boolean(false));
}

Value functoolsCache(Interp& I, Value, CallArgs args) {
  std::vector<Value> a = bindLikePython(I, "cache", args, {"user_function"}, 1, 1);
  return newWrapper(I, a[0], I.None(), I.boolean(false));
}

// ---- snapshots --------------------------------------------------------------------------------

void linkWrite(Interp&, Object* o, SnapshotEncoder& e) {
  Link* l = static_cast<Link*>(o);
  e.value(l->key);
  e.value(l->result);
  e.w.svarint(l->hash);
  e.object(l->prev);
  e.object(l->next);
}
void linkRead(Interp&, Object* o, SnapshotDecoder& d) {
  Link* l = static_cast<Link*>(o);
  l->key = d.value();
  l->result = d.value();
  l->hash = d.r.svarint();
  l->prev = d.object<Link>();
  l->next = d.object<Link>();
}

void wrapperWrite(Interp&, Object* o, SnapshotEncoder& e) {
  LruWrapper* w = static_cast<LruWrapper*>(o);
  for (Value v : {w->func, w->cache, w->maxsizeArg, w->typedArg, w->kwdMark})
    e.value(v);
  e.object(w->dict);
  e.object(w->oldest);
  e.object(w->newest);
  for (int64_t v : {w->maxsize, int64_t{w->typed}, w->hits, w->misses})
    e.w.svarint(v);
}
void wrapperRead(Interp&, Object* o, SnapshotDecoder& d) {
  LruWrapper* w = static_cast<LruWrapper*>(o);
  w->func = d.value();
  w->cache = d.value();
  w->maxsizeArg = d.value();
  w->typedArg = d.value();
  w->kwdMark = d.value();
  w->dict = d.object<Dict>();
  w->oldest = d.object<Link>();
  w->newest = d.object<Link>();
  w->maxsize = d.r.svarint();
  w->typed = d.r.svarint() != 0;
  w->hits = d.r.svarint();
  w->misses = d.r.svarint();
}

void decoratorWrite(Interp&, Object* o, SnapshotEncoder& e) {
  e.value(static_cast<Decorator*>(o)->maxsizeArg);
  e.value(static_cast<Decorator*>(o)->typedArg);
}
void decoratorRead(Interp&, Object* o, SnapshotDecoder& d) {
  static_cast<Decorator*>(o)->maxsizeArg = d.value();
  static_cast<Decorator*>(o)->typedArg = d.value();
}

const SnapshotCodec kLinkCodec{linkWrite, module_snapshot::allocate<Link>, linkRead, nullptr,
                               false};
const SnapshotCodec kWrapperCodec{wrapperWrite, module_snapshot::allocate<LruWrapper>, wrapperRead,
                                  nullptr, false};
const SnapshotCodec kDecoratorCodec{decoratorWrite, module_snapshot::allocate<Decorator>,
                                    decoratorRead, nullptr, false};

}  // namespace

void initFunctoolsLruCache(Interp& I, Module* module) {
  Type* link = newModuleType(I, module, "_lru_list_elem", sizeof(Link), kTypeGc);
  link->destroy = linkDestroy;
  link->clear = linkDestroy;
  link->traverse = linkTraverse;
  registerSnapshotCodec(I, link, &kLinkCodec);

  Type* wrapper =
      newModuleType(I, module, "_lru_cache_wrapper", sizeof(LruWrapper), kTypeGc | kTypeHasDict);
  wrapper->instanceDict = wrapperDict;
  wrapper->destroy = wrapperDestroy;
  wrapper->clear = wrapperDestroy;
  wrapper->traverse = wrapperTraverse;
  wrapper->call = wrapperCall;
  wrapper->descrGet = wrapperDescrGet;
  addMethod(I, wrapper, "cache_info", cacheInfo);
  addMethod(I, wrapper, "cache_clear", cacheClear);
  addMethod(I, wrapper, "cache_parameters", cacheParameters);
  registerSnapshotCodec(I, wrapper, &kWrapperCodec);
  addModuleValue(I, module, "_lru_cache_wrapper", Value(wrapper));

  Type* decorator = newModuleType(I, module, "function", sizeof(Decorator), kTypeGc);
  renameAsBuiltin(I, decorator, "function");
  decorator->destroy = decoratorDestroy;
  decorator->clear = decoratorDestroy;
  decorator->traverse = decoratorTraverse;
  decorator->call = decoratorCall;
  decorator->repr = decoratorRepr;
  registerSnapshotCodec(I, decorator, &kDecoratorCodec);

  newStructSequenceType(I, module, "CacheInfo", "CacheInfo",
                        {"hits", "misses", "maxsize", "currsize"});

  Object* mark = I.alloc<Object>(I.types.object);
  I.registerStatic("functools.kwd_mark", mark);

  addModuleFunction(I, module, "lru_cache", functoolsLruCache);
  addModuleFunction(I, module, "cache", functoolsCache);
}

}  // namespace rw
