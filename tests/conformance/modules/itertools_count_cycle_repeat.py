# The infinite iterators and their reprs.
from itertools import count, cycle, islice, repeat

c = count()
print(next(c), next(c), next(c), c)
print(list(islice(count(10, 5), 4)), list(islice(count(0.5, 0.25), 4)), list(islice(count(-1, -2), 3)))
print(count(2**70, 2**69), count(1.0), count(0, 1.0), count(3, True), count(start=4, step=-1))
c2 = count(2**62 - 2)
print(next(c2), next(c2), next(c2), c2)
print(list(islice(count(0.1, 0.1), 5)))
cy = cycle("abc")
print([next(cy) for _ in range(7)])
print(list(islice(cycle([1, 2]), 5)), list(cycle([])))
r = repeat("x", 3)
print(r, list(r), r, list(repeat(7, 0)), repeat(7, -4), repeat(None))
print(list(map(pow, range(5), repeat(2))), repeat(1, 5).__length_hint__())
print(list(zip("abc", repeat(0))), next(repeat([1])))
