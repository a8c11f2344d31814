# range objects: lazy sequences with length, indexing, slicing, membership and equality.
r = range(2, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[2:4], r.start, r.stop, r.step)
print(list(range(5)), list(range(5, 0, -1)), list(range(0, -10, -3)), list(range(3, 3)))
print(11 in r, 12 in r, r.index(14), r.count(8), r.count(9), 2.0 in r)
print(range(0, 10, 2) == range(0, 9, 2), range(0) == range(5, 5), range(3) == [0, 1, 2])
print(range(10 ** 20)[-1], range(0, 10 ** 20, 7)[10 ** 18], 10 ** 19 in range(10 ** 20))
print(list(reversed(range(1, 8, 2))), sum(range(101)), max(range(-5, 5)), bool(range(0)))
print(repr(range(0, 5)), repr(range(1, 10, 2)), range(-3, 3)[::2], range(10)[::-3])
for i in range(3, 0, -1):
    print("countdown", i)
print([i for i in range(10) if i % 3 == 0], list(enumerate(range(10, 13))))
print(hash(range(3)) == hash(range(0, 3)), sorted(range(5), reverse=True))
print(list(zip(range(3), range(10, 13))), range(5)[1:][1:][1], list(range(-2, 3))[::-1])
