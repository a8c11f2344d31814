# permutations of all or r items, in CPython's order.
from itertools import permutations

print(list(permutations("abc")), list(permutations("abcd", 2)))
print(list(permutations(range(3), 0)), list(permutations("ab", 3)), list(permutations([])))
print(len(list(permutations(range(6)))), list(permutations(range(4), 4))[-3:])
print(sorted(set(permutations("aab"))), list(permutations("xy", r=1)))
