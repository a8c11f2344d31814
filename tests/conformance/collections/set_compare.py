# Subset and superset comparisons, equality across set and frozenset.
a = {1, 2}
b = {1, 2, 3}
print(a < b, a <= b, a > b, a >= b, a == b, a != b)
print(b < b, b <= b, b > b, b >= b, b == b)
print(a < {3, 4}, a > set(), set() < a, set() <= set())
print(frozenset(a) == a, a == frozenset(a), frozenset() == set(), {1} != frozenset({1}))
print({1, 2} == {2, 1}, {1, 2} == [1, 2], {1} == {1.0}, {0} == {False})
print(a == {1, 2, 3} - {3}, sorted([{3}, {1}, {2}], key=len))
print(max({4, 9, 2}), min({"b", "a", "c"}), sum({1, 2, 3}), sorted({5, 1, 3}, reverse=True))
print(any(set()), all(set()), any({0, 1}), all({0, 1}))
