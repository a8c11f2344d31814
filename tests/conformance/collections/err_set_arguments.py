# Argument errors of set methods and constructors.
def attempt(label, f):
    try:
        f()
    except TypeError as e:
        print(label, "TypeError:", e)

attempt("set(1, 2)", lambda: set(1, 2))
attempt("set(x=1)", lambda: set(x=1))
attempt("frozenset(1, 2)", lambda: frozenset(1, 2))
attempt("frozenset(x=1)", lambda: frozenset(x=1))
attempt("set(5)", lambda: set(5))
attempt("add()", lambda: set().add())
attempt("add(1, 2)", lambda: set().add(1, 2))
attempt("pop(1)", lambda: set().pop(1))
attempt("clear(1)", lambda: set().clear(1))
attempt("union(x=1)", lambda: set().union(x=1))
attempt("update(1)", lambda: set().update([1], 2))
attempt("issubset()", lambda: set().issubset())
attempt("issubset(1)", lambda: set().issubset(1))
attempt("isdisjoint(None)", lambda: set().isdisjoint(None))
attempt("set.add(frozenset)", lambda: set.add(frozenset(), 1))
attempt("frozenset.union(set)", lambda: frozenset.union({1}, [2]))
set().symmetric_difference()
