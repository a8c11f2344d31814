# product in lexicographic order, with repeat.
from itertools import product

print(list(product("ab", range(3))), list(product()), list(product("ab", [])))
print(list(product([0, 1], repeat=3)), list(product("xy", repeat=0)), len(list(product(range(4), repeat=4))))
print(list(product("ab", "cd", repeat=2))[:6])
print(["".join(p) for p in product("HT", repeat=3)])
print(sum(1 for a, b, c in product(range(1, 7), repeat=3) if a + b + c == 10))
