# reduce folds from the left, with or without an initial value.
from functools import reduce
import operator

print(reduce(operator.add, [1, 2, 3, 4]), reduce(operator.add, [], 0), reduce(operator.mul, range(1, 8)))
print(reduce(lambda acc, x: acc + [x * 2], [1, 2, 3], []), reduce(max, [3, 9, 2]), reduce(min, "hello"))
print(reduce(lambda a, b: a * 10 + b, [4, 2, 0, 7]), reduce(operator.add, ["a", "b", "c"], ">"))
print(reduce(lambda a, b: (a, b), "xyz"), reduce(operator.add, [5]), reduce(operator.add, iter([]), "empty"))
steps = []
def trace(a, b):
    steps.append((a, b))
    return a + b
print(reduce(trace, range(5), 100), steps)
