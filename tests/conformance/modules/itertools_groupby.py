# groupby: consecutive runs, keys, and groups invalidated when the parent moves on.
from itertools import groupby

print([(k, list(g)) for k, g in groupby("aaabbcaa")])
print([(k, len(list(g))) for k, g in groupby(sorted("mississippi"))])
data = [("fruit", "apple"), ("fruit", "pear"), ("veg", "kale"), ("fruit", "fig")]
print([(k, [name for _, name in g]) for k, g in groupby(data, key=lambda p: p[0])])
print([(k, list(g)) for k, g in groupby([1, 2, 11, 12, 3, 21], key=lambda x: x // 10)])
g = groupby("aabbb")
k1, g1 = next(g)
k2, g2 = next(g)
print(k1, list(g1), k2, next(g2), list(g2))
print(list(groupby([])), [k for k, _ in groupby([1, 1.0, True, 2])])
groups = [list(grp) for _, grp in groupby("xxyz")]
saved = list(groupby("xxyz"))
print(groups, [(k, list(v)) for k, v in saved])
