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

Type* newModuleType(Interp& I, Module* module, std::string_view name, uint32_t basicSize,
                    uint32_t flags) {
  Value moduleName = dictGetStr(I, module->dict, I.names.__name__);
  std::string qualified = std::string(strView(moduleName)) + "." + std::string(name);
  // newStaticType registers "type:NAME"; module types go under their qualified name so that
  // they never shadow a built-in type's entry.
  Type* t = newStaticType(I, qualified, I.types.object, basicSize, flags);
  Str* shortName = I.intern(name);
  decref(static_cast<Object*>(t->name));
  decref(static_cast<Object*>(t->qualname));
  t->name = newRef(shortName);
  t->qualname = newRef(shortName);
  t->module = newRef(static_cast<Str*>(moduleName.asObject()));
  return t;
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

std::string objectAddress(Value v) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "0x%llx",
                static_cast<unsigned long long>(0x7f0000000000ull + v.asObject()->serial * 16));
  return buffer;
}

}  // namespace rw
