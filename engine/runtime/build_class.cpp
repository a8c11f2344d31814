// The class statement's runtime half (seed 6.24): __build_class__ picks the metaclass,
// prepares the namespace, executes the class body in it, and calls the metaclass.
#include "runtime/build_class.h"

#include "objects/class.h"
#include "objects/dict.h"
#include "objects/function.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/eval.h"
#include "runtime/frame.h"
#include "runtime/mro_entries.h"
#include "runtime/protocols.h"
#include "runtime/type_support.h"

namespace rw {

// The most derived metaclass of `meta` and the bases' metaclasses.
Type* calculateMetaclass(Interp& I, Type* meta, Tuple* bases) {
  Type* winner = meta;
  for (int64_t i = 0; i < bases->size; ++i) {
    Type* baseMeta = typeOf(I, bases->item(i));
    if (isSubtype(winner, baseMeta)) continue;
    if (isSubtype(baseMeta, winner)) {
      winner = baseMeta;
      continue;
    }
    raiseTypeError(I,
                   "metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                   "subclass of the metaclasses of all its bases");
  }
  return winner;
}

Value buildClass(Interp& I, Value, CallArgs args) {
  if (args.nargs < 2) raiseTypeError(I, "__build_class__: not enough arguments");
  Value func = args.args[0];
  if (!isType(I, func, I.types.function)) raiseTypeError(I, "__build_class__: func must be a function");
  Value name = args.args[1];
  if (!isInstance(I, name, I.types.str)) raiseTypeError(I, "__build_class__: name is not a string");
  Ref bases = Ref::steal(Value(newTupleFrom(I, args.args + 2, static_cast<int64_t>(args.nargs - 2))));
  Ref origBases;
  if (Tuple* resolved = resolveMroEntries(I, bases.as<Tuple>())) {
    origBases = std::move(bases);
    bases = Ref::steal(Value(resolved));
  }
  Value metaValue;
  Ref kwds = Ref::steal(Value(newDict(I)));
  for (size_t i = 0; i < args.nkw(); ++i) {
    Value key = args.kwnames->item(static_cast<int64_t>(i));
    if (strView(key) == "metaclass")
      metaValue = args.kwValue(i);
    else
      dictSet(I, kwds.as<Dict>(), key, args.kwValue(i));
  }
  Tuple* baseTuple = bases.as<Tuple>();
  Ref meta;
  if (metaValue)
    meta = Ref::borrow(metaValue);
  else
    meta = Ref::borrow(Value(baseTuple->size ? typeOf(I, baseTuple->item(0)) : I.types.type));
  if (isInstance(I, meta.get(), I.types.type))
    meta = Ref::borrow(Value(calculateMetaclass(I, static_cast<Type*>(meta.obj()), baseTuple)));

  // __prepare__ may supply the namespace.
  Ref ns;
  Value prepare = lookupAttr(I, meta.get(), I.intern("__prepare__"));
  if (prepare) {
    Ref prepareRef = Ref::steal(prepare);
    std::vector<Value> prepArgs{name, bases.get()};
    Ref names;
    Dict* kd = kwds.as<Dict>();
    if (kd->used) {
      Tuple* n = newTuple(I, kd->used);
      names = Ref::steal(Value(n));
      int64_t pos = 0, k = 0;
      const DictEntry* e;
      while (dictNext(kd, pos, e)) {
        n->items()[k++] = newRef(e->key);
        prepArgs.push_back(e->value);
      }
    }
    ns = Ref::steal(call(I, prepareRef.get(), CallArgs{prepArgs.data(), 2, names ? names.as<Tuple>() : nullptr}));
  } else {
    ns = Ref::steal(Value(newDict(I)));
  }
  if (!isInstance(I, ns.get(), I.types.dict))
    raiseTypeError(I, (isInstance(I, meta.get(), I.types.type) ? std::string(meta.as<Type>()->name->view())
                                                                : std::string("<metaclass>")) +
                          ".__prepare__() must return a mapping, not " +
                          std::string(typeName(I, ns.get())));

  // The class body runs with the namespace as its locals.
  Function* body = static_cast<Function*>(func.asObject());
  Ref frame = Ref::steal(Value(frameForCall(I, body, CallArgs{})));
  frame.as<Frame>()->locals = static_cast<Dict*>(newRef(ns.get()).asObject());
  Ref cell = Ref::steal(runFrame(I, frame.as<Frame>()));
  if (origBases) setItem(I, ns.get(), Value(I.intern("__orig_bases__")), origBases.get());

  Value metaArgs[3] = {name, bases.get(), ns.get()};
  std::vector<Value> all(metaArgs, metaArgs + 3);
  Ref names;
  Dict* kd = kwds.as<Dict>();
  if (kd->used) {
    Tuple* n = newTuple(I, kd->used);
    names = Ref::steal(Value(n));
    int64_t pos = 0, k = 0;
    const DictEntry* e;
    while (dictNext(kd, pos, e)) {
      n->items()[k++] = newRef(e->key);
      all.push_back(e->value);
    }
  }
  return call(I, meta.get(), CallArgs{all.data(), 3, names ? names.as<Tuple>() : nullptr});
}

}  // namespace rw
