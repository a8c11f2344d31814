# islice's argument checks.
from itertools import islice

cases = [
    (("a", -1), {}),
    (("a", 1, -1), {}),
    (("a", -2), {}),
    (("a", -3, 4), {}),
    (("a", 1, 2, 0), {}),
    (("a", 1, 2, -1), {}),
    (("a", "x"), {}),
    (("a", 1, "x"), {}),
    (("a", "x", 2), {}),
    (("a", 1, 2, "x"), {}),
    (("a",), {}),
    (("a", 1, 2, 3, 4), {}),
    (("a",), {"stop": 1}),
    ((5, 1), {}),
    (("abc", 10**20), {}),
    (("abc", 10**20, 5), {}),
    (("abc", 1, 10**20), {}),
    (("abc", 1, 5, 10**20), {}),
    (("abc", 1, -10**20), {}),
]
for args, kwargs in cases:
    try:
        print(list(islice(*args, **kwargs)))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
