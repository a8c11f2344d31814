// Creating classes: bases, layout, MRO, namespace processing (__qualname__, __classcell__,
// __set_name__, __init_subclass__), and the lifecycle of their instances.
#include "objects/class.h"

#include <algorithm>

#include "objects/cell.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/function.h"
#include "objects/slots.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/frame.h"
#include "runtime/protocols.h"
#include "runtime/type_support.h"

namespace rw {

Type* nativeBase(Type* type) {
  while (type->hasFlag(kTypeHeap) && type->base) type = type->base;
  return type;
}

Dict** classInstanceDict(Object* o) {
  return reinterpret_cast<Dict**>(reinterpret_cast<char*>(o) + o->type->dictOffset);
}

namespace {

constexpr size_t alignedToWord(size_t size) { return (size + sizeof(Value) - 1) & ~(sizeof(Value) - 1); }
static_assert(sizeof(Str) % sizeof(Value) == 0 && sizeof(Tuple) % sizeof(Value) == 0,
              "class words follow word-aligned contents");

bool hasTrailingWords(Type* type) { return type->hasFlag(kTypeVarSize) && type->hasFlag(kTypeHeap); }

// The class words of a subclass of tuple or str are this far from their layout offset.
size_t contentsSize(Object* o, Type* type) {
  if (type->hasFlag(kTypeStrSubclass)) return alignedToWord(static_cast<Str*>(o)->byteLength + 1);
  return sizeof(Value) * static_cast<size_t>(static_cast<Tuple*>(o)->size);
}

}  // namespace

Value* classWordAt(Object* o, uint32_t offset) { return classWordAt(o, o->type, offset); }

Dict** trailingInstanceDict(Object* o) {
  return reinterpret_cast<Dict**>(classWordAt(o, o->type->dictOffset));
}

Value* classWordAt(Object* o, Type* type, uint32_t offset) {
  char* at = reinterpret_cast<char*>(o) + offset;
  if (hasTrailingWords(type)) at += contentsSize(o, type);
  return reinterpret_cast<Value*>(at);
}

size_t varSizeTail(Type* type, size_t contents) {
  if (!hasTrailingWords(type)) return contents;
  return alignedToWord(contents) + (type->basicSize - classWordsStart(type));
}

void clearTrailingWords(Object* o, Type* type) {
  for (uint32_t offset = classWordsStart(type); offset + sizeof(Value) <= type->basicSize;
       offset += sizeof(Value))
    new (classWordAt(o, type, offset)) Value();
}

Tuple* computeMro(Interp& I, Type* type) {
  // C3 linearization: merge the bases' MROs and the list of bases, always taking the first
  // head that appears in no other list's tail.
  std::vector<std::vector<Type*>> seqs;
  Tuple* bases = type->bases;
  for (int64_t i = 0; i < bases->size; ++i) {
    Type* b = static_cast<Type*>(bases->item(i).asObject());
    std::vector<Type*> seq;
    for (int64_t k = 0; k < b->mro->size; ++k) seq.push_back(static_cast<Type*>(b->mro->item(k).asObject()));
    seqs.push_back(seq);
  }
  std::vector<Type*> direct;
  for (int64_t i = 0; i < bases->size; ++i) direct.push_back(static_cast<Type*>(bases->item(i).asObject()));
  seqs.push_back(direct);
  std::vector<Type*> result{type};
  while (true) {
    seqs.erase(std::remove_if(seqs.begin(), seqs.end(), [](const auto& s) { return s.empty(); }), seqs.end());
    if (seqs.empty()) break;
    Type* chosen = nullptr;
    for (const auto& seq : seqs) {
      Type* candidate = seq.front();
      bool inTail = false;
      for (const auto& other : seqs)
        if (std::find(other.begin() + 1, other.end(), candidate) != other.end()) inTail = true;
      if (!inTail) {
        chosen = candidate;
        break;
      }
    }
    if (!chosen) {
      std::string names;
      for (size_t i = 0; i < direct.size(); ++i)
        names += (i ? ", " : "") + std::string(direct[i]->name->view());
      raiseTypeError(I, "Cannot create a consistent method resolution\norder (MRO) for bases " + names);
    }
    result.push_back(chosen);
    for (auto& seq : seqs)
      if (seq.front() == chosen) seq.erase(seq.begin());
  }
  Tuple* mro = newTuple(I, static_cast<int64_t>(result.size()));
  for (size_t i = 0; i < result.size(); ++i) mro->items()[i] = newRef(Value(result[i]));
  return mro;
}

namespace {

// The words a class adds after its built-in layout: the instance dict and __slots__ values.
template <class F>
void forEachClassWord(Object* o, F&& f) {
  Type* t = o->type;
  for (uint32_t offset = classWordsStart(t); offset + sizeof(Value) <= t->basicSize; offset += sizeof(Value))
    f(*classWordAt(o, offset));
}

void releaseClassWords(Object* o) {
  forEachClassWord(o, [](Value& word) { decref(std::exchange(word, Value())); });
}

void classInstanceDestroy(Object* o) {
  releaseClassWords(o);
  Type* native = nativeBase(o->type);
  if (native->destroy) native->destroy(o);
}

void classInstanceTraverse(Object* o, const RefVisitor& visit) {
  Type* t = o->type;
  // An instance keeps its class alive: a class attribute that refers back is a cycle.
  visit(Value(t));
  forEachClassWord(o, [&](Value& word) {
    if (word) visit(word);
  });
  Type* native = nativeBase(t);
  if (native->traverse) native->traverse(o, visit);
}

void classInstanceClear(Object* o) {
  releaseClassWords(o);
  Type* native = nativeBase(o->type);
  if (native->clear) native->clear(o);
}

// Whether a class adds __slots__ words to its base's layout (a dict slot alone does not count).
bool addsSlotWords(Type* t) {
  uint32_t baseEnd = (t->base->basicSize + 7u) & ~7u;
  uint32_t own = t->basicSize > baseEnd ? t->basicSize - baseEnd : 0;
  if (own && t->dictOffset && t->dictOffset != t->base->dictOffset) own -= sizeof(Value);
  return own > 0;
}

// The ancestor that fixes a type's instance layout, like CPython's solid_base: a class with
// __slots__ itself; native types that add no fields to their base (ValueError over
// BaseException) share the base's layout.
Type* solidBase(Type* t) {
  while (t->hasFlag(kTypeHeap) && t->base && !addsSlotWords(t)) t = t->base;
  if (!t->hasFlag(kTypeHeap))
    while (t->base && t->base->basicSize == t->basicSize) t = t->base;
  return t;
}

// The base whose layout the class extends; all other bases must be layout-compatible.
Type* bestBase(Interp& I, Tuple* bases) {
  Type* best = nullptr;
  Type* winner = nullptr;
  for (int64_t i = 0; i < bases->size; ++i) {
    Type* b = static_cast<Type*>(bases->item(i).asObject());
    Type* candidate = solidBase(b);
    if (!winner) {
      winner = candidate;
      best = b;
    } else if (isSubtype(winner, candidate)) {
      continue;
    } else if (isSubtype(candidate, winner)) {
      winner = candidate;
      best = b;
    } else {
      raiseTypeError(I, "multiple bases have instance lay-out conflict");
    }
  }
  return best;
}

// Calls __set_name__ on every attribute that defines it, and __init_subclass__ of the
// nearest base class that defines it.
void notifyNewClass(Interp& I, Type* type, Dict* kwds) {
  std::vector<std::pair<Ref, Ref>> items;
  int64_t pos = 0;
  const DictEntry* e;
  while (dictNext(type->dict, pos, e)) items.emplace_back(Ref::borrow(e->key), Ref::borrow(e->value));
  Str* setName = I.intern("__set_name__");
  for (auto& [key, value] : items) {
    Value method = typeLookup(I, typeOf(I, value.get()), setName);
    if (!method) continue;
    try {
      Ref bound = Ref::steal(getAttr(I, value.get(), setName));
      Ref result = Ref::steal(call(I, bound.get(), {Value(type), key.get()}));
    } catch (PyException&) {
      // CPython 3.11 reports the failure as a RuntimeError caused by the original error.
      Ref cause = Ref::steal(I.takePendingException());
      Ref error = Ref::steal(newExceptionWithMessage(
          I, I.exc.RuntimeError,
          "Error calling __set_name__ on '" + std::string(typeName(I, value.get())) + "' instance " +
              reprString(I, key.get()) + " in '" + std::string(type->name->view()) + "'"));
      auto* e = static_cast<ExceptionObject*>(error.obj());
      e->cause = newRef(cause.get());
      e->context = cause.release();
      e->suppressContext = true;
      I.raise(error.release());
    }
  }
  Str* initSubclass = I.intern("__init_subclass__");
  for (int64_t i = 1; i < type->mro->size; ++i) {
    Type* base = static_cast<Type*>(type->mro->item(i).asObject());
    Value f = base->dict ? dictGetStr(I, base->dict, initSubclass) : Value();
    if (!f) continue;
    Ref bound;
    Type* ft = typeOf(I, f);
    bound = ft->descrGet ? Ref::steal(ft->descrGet(I, f, Value(type), Value(type))) : Ref::borrow(f);
    std::vector<Value> values;
    Ref names;
    if (kwds && kwds->used) {
      Tuple* n = newTuple(I, kwds->used);
      names = Ref::steal(Value(n));
      int64_t p = 0, k = 0;
      const DictEntry* kw;
      while (dictNext(kwds, p, kw)) {
        n->items()[k++] = newRef(kw->key);
        values.push_back(kw->value);
      }
    }
    Ref result = Ref::steal(call(I, bound.get(), CallArgs{values.data(), 0, names ? names.as<Tuple>() : nullptr}));
    return;
  }
}

}  // namespace

void installClassLifecycle(Type* t) {
  if (t->dictOffset) t->instanceDict = hasTrailingWords(t) ? trailingInstanceDict : classInstanceDict;
  t->destroy = classInstanceDestroy;
  t->traverse = classInstanceTraverse;
  t->clear = classInstanceClear;
}

Type* createClass(Interp& I, Type* metatype, Str* name, Tuple* bases, Dict* ns) {
  Ref basesRef = bases->size ? Ref::borrow(Value(bases)) : Ref::steal(Value(newTupleOf(I, {Value(I.types.object)})));
  bases = basesRef.as<Tuple>();
  for (int64_t i = 0; i < bases->size; ++i) {
    Value b = bases->item(i);
    if (!isInstance(I, b, I.types.type)) raiseTypeError(I, "bases must be types");
    Type* bt = static_cast<Type*>(b.asObject());
    if (!bt->hasFlag(kTypeBaseType))
      raiseTypeError(I, "type '" + std::string(bt->name->view()) + "' is not an acceptable base type");
    for (int64_t k = 0; k < i; ++k)
      if (bases->item(k).is(b)) raiseTypeError(I, "duplicate base class " + std::string(bt->name->view()));
  }
  Type* best = bestBase(I, bases);
  Type* t = I.alloc<Type>(metatype);
  Ref typeRef = Ref::steal(Value(t));
  t->typeFlags = kTypeHeap | kTypeBaseType | kTypeGc |
                 (best->typeFlags & (kTypeIntSubclass | kTypeStrSubclass | kTypeTupleSubclass |
                                     kTypeListSubclass | kTypeDictSubclass | kTypeTypeSubclass |
                                     kTypeExceptionSubclass | kTypeVarSize));
  t->name = newRef(name);
  t->base = newRef(best);
  t->bases = newRef(bases);
  t->dict = dictCopy(I, ns);
  Value qualname = dictGetStr(I, t->dict, I.names.__qualname__);
  if (qualname) {
    if (!isType(I, qualname, I.types.str))
      raiseTypeError(I, "type __qualname__ must be a str, not " + std::string(typeName(I, qualname)));
    t->qualname = static_cast<Str*>(newRef(qualname).asObject());
    dictDel(I, t->dict, Value(I.names.__qualname__));
  } else {
    t->qualname = newRef(name);
  }
  Value module = dictGetStr(I, t->dict, I.names.__module__);
  if (!module && I.frame) {
    Value globalsName = dictGetStr(I, I.frame->globals, I.names.__name__);
    if (globalsName) dictSet(I, t->dict, Value(I.names.__module__), globalsName);
    module = globalsName;
  }
  if (module && isType(I, module, I.types.str)) t->module = static_cast<Str*>(newRef(module).asObject());
  // Every class has a __doc__ of its own, None without a docstring (CPython's type_new).
  if (!dictGetStr(I, t->dict, I.names.__doc__)) dictSet(I, t->dict, Value(I.names.__doc__), I.None());
  // A plain function as __new__ is a static method; __init_subclass__ and
  // __class_getitem__ are class methods.
  Value newFn = dictGetStr(I, t->dict, I.names.__new__);
  if (newFn && isType(I, newFn, I.types.function)) {
    Ref wrapped = Ref::steal(call(I, Value(I.types.staticmethod), {newFn}));
    dictSet(I, t->dict, Value(I.names.__new__), wrapped.get());
  }
  for (const char* special : {"__init_subclass__", "__class_getitem__"}) {
    Value fn = dictGetStr(I, t->dict, special);
    if (fn && isType(I, fn, I.types.function)) {
      Ref wrapped = Ref::steal(call(I, Value(I.types.classmethod), {fn}));
      dictSetStr(I, t->dict, special, wrapped.get());
    }
  }
  // Defining __eq__ without __hash__ makes instances unhashable.
  if (dictGetStr(I, t->dict, "__eq__") && !dictGetStr(I, t->dict, "__hash__"))
    dictSetStr(I, t->dict, "__hash__", I.None());
  Value cell = dictGetStr(I, t->dict, "__classcell__");
  Ref cellRef = cell ? Ref::borrow(cell) : Ref();
  if (cell) dictDel(I, t->dict, Value(I.intern("__classcell__")));

  t->mro = computeMro(I, t);
  // Layout: the best base's, then the __slots__ words and a dict slot unless the base already
  // has one (classes, instances of metaclasses, keep their namespace in the type itself).
  layOutInstances(I, t, best, t->dict);
  inheritSlots(t);
  installClassLifecycle(t);
  updateClassSlots(I, t);
  if (cellRef) {
    if (!isType(I, cellRef.get(), I.types.cell))
      raiseTypeError(I, "__classcell__ must be a nonlocal cell, not " + std::string(typeName(I, cellRef.get())));
    cellSet(I, cellRef.as<Cell>(), Value(t));
  }
  return static_cast<Type*>(typeRef.release().asObject());
}

Type* finishNewClass(Interp& I, Type* type, Dict* kwds) {
  notifyNewClass(I, type, kwds);
  return type;
}

}  // namespace rw
