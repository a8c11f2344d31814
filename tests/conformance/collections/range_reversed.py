# reversed(range) for steps of both signs and empty ranges.
for args in [(5,), (0,), (1, 10, 2), (10, 1, -3), (-5, 5, 4), (3, 3), (0, -10, -1), (7, 8)]:
    r = range(*args)
    print(args, list(reversed(r)), list(reversed(r)) == list(r)[::-1])
it = reversed(range(3))
print(type(it).__name__, next(it), list(it))
print(sum(reversed(range(101))), max(reversed(range(-4, 4))))
print(hash(range(0)) == hash(range(5, 5)), hash(range(1, 2)) == hash(range(1, 5, 7)), {range(3): "r"}[range(0, 3)])
