# Operands of very different sizes take CPython's other code paths (copy-then-remove,
# intersect-first); the results and their order must not change.
big = set(range(0, 200, 3))
small = {3, 6, 7, 300}
print(big - small == {x for x in big if x not in small}, len(big - small))
print(small - big, small & big, big & small)
print(small.difference(big), small.difference(dict.fromkeys(big)), small.intersection(list(big)))
s = set(small)
s.difference_update(big)
print(s)
t = set(range(10))
t.difference_update(range(1000))
print(t, len(t))
u = set(range(50))
u -= set(range(0, 50, 2))
print(u)
v = set(range(12))
v.symmetric_difference_update(dict.fromkeys(range(6, 18)))
print(v)
w = {"a", "b", "c"}
w.symmetric_difference_update(["c", "d", "d"])
print(w)
