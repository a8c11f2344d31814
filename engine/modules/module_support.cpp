#include "modules/module_support.h"

#include <cstdio>

#include "objects/dict.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/protocols.h"
#include "runtime/type_support.h"

namespace rw {

bool isFloat(Interp& I, Value v) {
  return v.isObject() && isInstance(I, v, I.types.float_);
}

double realArg(Interp& I, Value v) {
  if (v.isSmallInt()) return static_cast<double>(v.asSmallInt());
  if (isFloat(I, v)) return floatValue(v);
  if (isInt(I, v)) return intToDouble(I, v);
  Type* t = typeOf(I, v);
  if (t->toFloat) {
    Ref f = Ref::steal(t->toFloat(I, v));
    if (!isFloat(I, f.get()))
      raiseTypeError(I, std::string(t->name->view()) + ".__float__ returned non-float (type " +
                            std::string(typeName(I, f.get())) + ")");
    return floatValue(f.get());
  }
  if (t->index) {
    Ref i = Ref::steal(t->index(I, v));
    return intToDouble(I, i.get());
  }
  raiseTypeError(I, "must be real number, not " + std::string(t->name->view()));
}

Value intArg(Interp& I, Value v) {
  if (v.isSmallInt()) return v;
  if (isInt(I, v)) return newIntFromBig(I, toBigInt(v));
  return index(I, v);
}

int64_t longArg(Interp& I, Value v) {
  Ref i = Ref::steal(intArg(I, v));
  int64_t out;
  if (!intToInt64(i.get(), out))
    raiseError(I, I.exc.OverflowError, "Python int too large to convert to C long");
  return out;
}

void checkPositional(Interp& I, std::string_view name, CallArgs args, size_t min, size_t max) {
  size_t n = args.nargs;
  if (n >= min && n <= max) return;
  bool few = n < min;
  size_t bound = few ? min : max;
  std::string qualifier = min == max ? "" : few ? "at least " : "at most ";
  raiseTypeError(I, std::string(name) + " expected " + qualifier + std::to_string(bound) +
                        " argument" + (bound == 1 ? "" : "s") + ", got " + std::to_string(n));
}

std::vector<Value> bindLikePython(Interp& I, std::string_view fname, CallArgs args,
                                  const std::vector<std::string_view>& params, size_t required,
                                  size_t positionalOnly) {
  std::string name(fname);
  size_t total = params.size();
  if (args.nargs > total) {
    std::string accepted =
        required == total ? std::to_string(total)
                          : "from " + std::to_string(required) + " to " + std::to_string(total);
    raiseTypeError(I, name + "() takes " + accepted + " positional argument" +
                          (total == 1 && required == total ? "" : "s") + " but " +
                          std::to_string(args.nargs) + (args.nargs == 1 ? " was" : " were") +
                          " given");
  }
  std::vector<Value> bound(total);
  for (size_t i = 0; i < args.nargs; ++i)
    bound[i] = args.args[i];
  std::vector<std::string_view> positionalOnlyByKeyword;
  for (size_t k = 0; k < args.nkw(); ++k) {
    std::string_view key = strView(args.kwnames->item(static_cast<int64_t>(k)));
    size_t index = 0;
    while (index < total && params[index] != key)
      ++index;
    if (index < positionalOnly) {
      positionalOnlyByKeyword.push_back(key);
      continue;
    }
    if (index == total)
      raiseTypeError(I, name + "() got an unexpected keyword argument '" + std::string(key) + "'");
    if (bound[index])
      raiseTypeError(I, name + "() got multiple values for argument '" + std::string(key) + "'");
    bound[index] = args.kwValue(k);
  }
  std::vector<std::string_view> missing;
  for (size_t i = 0; i < required; ++i)
    if (!bound[i]) missing.push_back(params[i]);
  if (!positionalOnlyByKeyword.empty() && missing.empty()) {
    std::string list;
    for (size_t i = 0; i < positionalOnlyByKeyword.size(); ++i)
      list += (i ? ", '" : "'") + std::string(positionalOnlyByKeyword[i]) + "'";
    raiseTypeError(
        I, name + "() got some positional-only arguments passed as keyword arguments: " + list);
  }
  if (!missing.empty()) {
    std::string list;
    for (size_t i = 0; i < missing.size(); ++i) {
      if (i) list += missing.size() == 2 ? " and " : (i + 1 == missing.size() ? ", and " : ", ");
      list += "'" + std::string(missing[i]) + "'";
    }
    raiseTypeError(I, name + "() missing " + std::to_string(missing.size()) +
                          " required positional argument" + (missing.size() == 1 ? "" : "s") +
                          ": " + list);
  }
  return bound;
}

Type* newModuleType(Interp& I, Module* module, std::string_view name, uint32_t basicSize,
                    uint32_t flags, Type* base) {
  Value moduleName = dictGetStr(I, module->dict, I.names.__name__);
  std::string qualified = std::string(strView(moduleName)) + "." + std::string(name);
  // The name carries the module, as CPython's tp_name does ("itertools.count" in error
  // messages); __qualname__ is the plain name and __module__ the module.
  Type* t = newStaticType(I, qualified, base ? base : I.types.object, basicSize, flags);
  decref(static_cast<Object*>(t->qualname));
  t->qualname = newRef(I.intern(name));
  t->module = newRef(static_cast<Str*>(moduleName.asObject()));
  return t;
}

void renameAsBuiltin(Interp& I, Type* type, std::string_view name) {
  for (Str** field : {&type->name, &type->qualname}) {
    decref(static_cast<Object*>(*field));
    *field = newRef(I.intern(name));
  }
  decref(static_cast<Object*>(type->module));
  type->module = nullptr;
}

void addModuleValue(Interp& I, Module* module, std::string_view name, Value value) {
  dictSetStr(I, module->dict, name, value);
}

Value callSpecialMethod(Interp& I, Value obj, std::string_view name) {
  Type* t = typeOf(I, obj);
  Value method = typeLookup(I, t, I.intern(name));
  if (!method) return Value();
  Ref hold = Ref::borrow(method);
  Type* mt = typeOf(I, method);
  if (mt->descrGet) {
    Ref bound = Ref::steal(mt->descrGet(I, method, obj, Value(t)));
    return call(I, bound.get(), {});
  }
  return call(I, method, {obj});
}

Value callWithKeywords(Interp& I, Value callable, const std::vector<Value>& positional,
                       Dict* keywords) {
  if (!keywords || keywords->used == 0)
    return call(I, callable, CallArgs{positional.data(), positional.size(), nullptr});
  std::vector<Value> argv(positional);
  Ref names = Ref::steal(Value(newTuple(I, keywords->used)));
  Tuple* kwnames = names.as<Tuple>();
  int64_t pos = 0, k = 0;
  const DictEntry* e;
  while (dictNext(keywords, pos, e)) {
    kwnames->items()[k++] = newRef(e->key);
    argv.push_back(e->value);
  }
  // The dict may not change while the call runs: its values are borrowed by argv.
  Ref hold = Ref::borrow(Value(keywords));
  std::vector<Ref> values;
  for (size_t i = positional.size(); i < argv.size(); ++i)
    values.push_back(Ref::borrow(argv[i]));
  return call(I, callable, CallArgs{argv.data(), positional.size(), kwnames});
}

Value tupleOf(Interp& I, Value iterable) {
  if (isType(I, iterable, I.types.tuple)) return newRef(iterable);
  std::vector<Ref> items;
  Ref it = Ref::steal(getIter(I, iterable));
  while (Ref item = Ref::steal(iterNext(I, it.get())))
    items.push_back(std::move(item));
  Tuple* t = newTuple(I, static_cast<int64_t>(items.size()));
  for (size_t i = 0; i < items.size(); ++i)
    t->items()[i] = items[i].release();
  return Value(t);
}

}  // namespace rw
