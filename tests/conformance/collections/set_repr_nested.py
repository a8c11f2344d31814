# repr of sets holding tuples and frozensets, and str() of sets.
s = {(1, "a"), (2, "b")}
print(repr(s), str(s))
print([set(), {1}, frozenset([2])])
print({"k": {1, 2}, "f": frozenset()})
print(({3},), [{frozenset([1, 2])}])
print(str(frozenset(["x"])), repr(frozenset(["x"])))
print(f"{ {1, 2} } {frozenset([3])!r}")
