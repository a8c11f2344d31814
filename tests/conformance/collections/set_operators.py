# | & - ^ between sets and frozensets, and the in-place forms.
a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7}
print(a | b, a & b, a - b, b - a, a ^ b)
print(b | a, b & a, b ^ a)
f = frozenset([2, 4, 6, 8])
print(a | f, f | a, a & f, f & a, a - f, f - a, a ^ f, f ^ a)
print(type(a | f).__name__, type(f | a).__name__, type(f & f).__name__)
c = set(a)
c |= {10, 11}
print(c)
c &= {1, 2, 10, 99}
print(c)
c -= {2}
print(c)
c ^= {1, 3, 4}
print(c)
g = f
g |= {100}
print(g, f, g is f, type(g).__name__)
print(a | a, a & a, a - a, a ^ a)
print(set() | set(), {1} & set(), set() - {1}, set() ^ {1})
