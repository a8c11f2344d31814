// The evaluator's half of try/except* (PEP 654): CHECK_EG_MATCH and PREP_RERAISE_STAR.
#pragma once

#include "runtime/interp.h"

namespace rw {

// Splits the exception `exc` by the except* clause's `type`. Returns the matching part (a
// group; a matching naked exception is wrapped in one) or None. When something matched,
// `rest` receives the unmatched part (None when nothing is left) and the match becomes the
// exception being handled; otherwise `rest` stays null.
Value exceptStarMatch(Interp& I, Value exc, Value type, Value& rest);
// What a try/except* re-raises: `orig` is the exception caught, `raised` the list of what
// the clauses raised or re-raised plus the unhandled rest. Returns None when nothing.
Value prepareReraiseStar(Interp& I, Value orig, Value raised);

}  // namespace rw
