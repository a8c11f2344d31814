# frozenset: construction, repr, use as dict key and set element.
f = frozenset([3, 1, 2])
print(f, len(f), 1 in f, repr(frozenset()), frozenset(), frozenset(""))
print(frozenset("hello"), frozenset(range(4)), frozenset({1: 2}))
g = frozenset(f)
print(g is f, g == f)
d = {frozenset([1, 2]): "a", frozenset(): "empty"}
print(d[frozenset([2, 1])], d[frozenset()])
s = {frozenset([1]), frozenset([1, 2]), frozenset([1])}
print(len(s), frozenset([1]) in s)
print({1, 2} in {frozenset([1, 2])}, {3} in s)
nested = frozenset([frozenset([1]), frozenset([2, 3])])
print(nested)
print(sorted(frozenset("zyx")), list(frozenset([5])))
