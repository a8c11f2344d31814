# pairwise and starmap.
from itertools import pairwise, starmap

print(list(pairwise("abcd")), list(pairwise([1])), list(pairwise([])), list(pairwise(range(4))))
points = [(0, 0), (3, 4), (6, 8)]
print([((b[0] - a[0]) ** 2 + (b[1] - a[1]) ** 2) ** 0.5 for a, b in pairwise(points)])
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(starmap(max, ["ab", [3, 1, 2]])))
print(list(starmap(lambda *a: len(a), [(), (1,), "xyz"])), list(starmap(divmod, zip(range(5, 10), [2] * 5))))
p = pairwise(iter("xyz"))
print(next(p), list(p), list(p))
