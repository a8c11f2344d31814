# chain and chain.from_iterable.
from itertools import chain

print(list(chain("ab", [1, 2], (3,), range(2))), list(chain()), list(chain([], "")))
print(list(chain.from_iterable(["ab", "cd", []])), list(chain.from_iterable([range(2), range(3)])))
nested = [[1, [2]], [3]]
print(list(chain(*nested)), list(chain.from_iterable(x for x in ["xy", "z"])))
c = chain([1], [2, 3])
print(next(c), list(c), list(c))
print(sorted(chain({3, 1}, {2})), dict(chain({"a": 1}.items(), [("b", 2)])))
