# reduce over an empty sequence without an initial value: uncaught TypeError.
from functools import reduce

print(reduce(lambda a, b: a * b, [2, 3, 4]))
print(reduce(lambda a, b: a * b, [x for x in range(10) if x > 10]))
