# islice with stop, start/stop/step and None, on lists, iterators and infinite iterators.
import sys
from itertools import count, islice

s = "abcdefghij"
print(list(islice(s, 4)), list(islice(s, 2, 6)), list(islice(s, 1, None, 3)), list(islice(s, None)))
print(list(islice(s, 0)), list(islice(s, 20)), list(islice(s, 8, 3)), list(islice(s, None, None, 4)))
print(list(islice(count(), 5, 20, 5)), list(islice(count(100), 3)))
it = iter(range(10))
print(list(islice(it, 3)), list(islice(it, 2)), next(it))
print(list(islice(range(100), 95, sys.maxsize)), list(islice([1, 2, 3], 1, sys.maxsize, 2)))
