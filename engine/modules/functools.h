// Shared by the files of the functools module.
#pragma once

#include <vector>

#include "objects/module.h"
#include "runtime/interp.h"

namespace rw {

struct Tuple;

Type* partialType(Interp& I);
// partial(func, *args, **dict(zip(kwnames, kwvalues))).
Value newPartial(Interp& I, Value func, const std::vector<Value>& args, Tuple* kwnames,
                 const std::vector<Value>& kwvalues);
// functools.update_wrapper(wrapper, wrapped) with the default attribute lists.
void updateWrapper(Interp& I, Value wrapper, Value wrapped);

void initFunctoolsPartial(Interp& I, Module* module);
void initFunctoolsLruCache(Interp& I, Module* module);
void initFunctoolsTotalOrdering(Interp& I, Module* module);

}  // namespace rw
