// The run-time half of the match statement: what MATCH_MAPPING, MATCH_SEQUENCE, MATCH_KEYS
// and MATCH_CLASS ask of the subject, with CPython 3.11's rules and error messages.
#pragma once

#include "runtime/interp.h"

namespace rw {

struct Tuple;

// Whether mapping patterns apply to `subject` (dict and its subclasses).
bool matchesMappingPattern(Interp& I, Value subject);
// Whether sequence patterns apply to `subject` (list, tuple, range and their subclasses; not
// str or bytes).
bool matchesSequencePattern(Interp& I, Value subject);
// The values of `keys` in the mapping, looked up with its get() so that no key is created,
// as a new tuple; None when a key is missing. ValueError for a key given twice.
Value matchMappingKeys(Interp& I, Value subject, Tuple* keys);
// A class pattern cls(p1, ..., k1=..., ...): when `subject` is an instance of `cls`, a new
// tuple of its `positional` attributes named by __match_args__ followed by those named in
// `keywords`; None when it is not an instance or lacks one of them. TypeError for a `cls`
// that is not a class and for a bad __match_args__.
Value matchClassPattern(Interp& I, Value subject, Value cls, uint32_t positional, Tuple* keywords);

}  // namespace rw
