# A copy, a union or set(s) may get a smaller table than the original (CPython sizes it
# for the elements), so its order can differ from the original's.
s = set()
for w in ["alpha", "beta", "gamma", "delta", "epsilon"]:
    s.add(w)
print(s)
print(s.copy())
print(set(s))
print(frozenset(s))
print(s | set())
print(set() | s)
n = set()
for i in [33, 1, 65, 97, 2]:
    n.add(i)
print(n, n.copy(), set(n), set(list(n)))
