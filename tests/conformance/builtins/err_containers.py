# Container errors: missing items, empty containers, unhashable keys, bad arguments.
tests = [
    lambda: [1, 2].remove(5),
    lambda: [].pop(),
    lambda: [1].pop(5),
    lambda: [1, 2].index(9),
    lambda: (1, 2).index(9),
    lambda: {"a": 1}["b"],
    lambda: {}.popitem(),
    lambda: {"a": 1}.pop("b"),
    lambda: {[1]: 2},
    lambda: {1, [2]},
    lambda: range(0, 10, 0),
    lambda: range(1.5),
    lambda: range(5).index(7),
    lambda: [1, 2, 3].sort(key=1),
    lambda: [3, "a", 1].sort(),
    lambda: dict([1, 2]),
    lambda: dict([("a", 1, 2)]),
    lambda: list(5),
    lambda: tuple(None),
    lambda: [].insert(1),
    lambda: {}.get(),
    lambda: {(1, [2]): 3},
    lambda: [1, 2, 3][1:2:0],
    lambda: "a".join([1, 2]),
    lambda: len(range(10 ** 20)),
]
for number, test in enumerate(tests, 1):
    try:
        print(number, test())
    except (IndexError, KeyError, ValueError, TypeError, OverflowError) as e:
        print(number, type(e).__name__ + ":", e)
inventory = {"apples": 3}
print(inventory["pears"])
