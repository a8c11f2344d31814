# combinations and combinations_with_replacement.
from itertools import combinations, combinations_with_replacement

print(list(combinations("abcd", 2)), list(combinations(range(5), 3))[-2:])
print(list(combinations("ab", 0)), list(combinations("ab", 3)), list(combinations([], 0)))
print(list(combinations_with_replacement("abc", 2)), list(combinations_with_replacement([], 2)))
print(list(combinations_with_replacement("", 0)), len(list(combinations_with_replacement(range(5), 3))))
coins = [1, 2, 5, 10]
print(sorted({sum(c) for c in combinations_with_replacement(coins, 3)}))
print([c for c in combinations(range(1, 10), 3) if sum(c) == 15][:5], list(combinations(r=1, iterable="xy")))
