# Tuples: packing, indexing, methods, comparison, hashing and single-element tuples.
point = 3, 4
single = (5,)
empty = ()
print(point, single, empty, type(single).__name__, (5), len(empty))
print(point[0], point[-1], point[::-1], point + single, single * 3, 3 in point)
t = (1, 2, 3, 2, 1)
print(t.count(2), t.index(3), t.index(1, 1), len(t), min(t), max(t), sum(t))
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), (1, "a") == (1, "a"))
records = [("bob", 25), ("ann", 30), ("cid", 25)]
print(sorted(records), sorted(records, key=lambda r: (r[1], r[0])))
name, age = records[1]
print(name, age, tuple("abc"), tuple([1, [2]]), tuple(range(3)))
grid = {(0, 0): "origin", (1, 2): "point"}
print(grid[(1, 2)], grid[0, 0], hash((1, 2)) == hash((1, 2)))
mutable_inside = ([1], [2])
mutable_inside[0].append(10)
print(mutable_inside)


def min_max(values):
    return min(values), max(values)


low, high = min_max([4, 8, 1])
print(low, high, min_max("hello"))
print(repr(()), repr((1,)), str((1, "a", None)), tuple() == (), (1, 2) * 0)
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], len(nested), [a for a, _ in nested])
print(tuple(x * x for x in range(4)), divmod(9, 4), type(divmod(9, 4)).__name__)
