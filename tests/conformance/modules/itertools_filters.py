# compress, dropwhile, takewhile, filterfalse.
from itertools import compress, dropwhile, filterfalse, takewhile, cycle

print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(compress(range(10), cycle([True, False]))))
print(list(compress("abc", [1, 1])), list(compress(data="xyz", selectors=[0, 1, 1])))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(dropwhile(bool, [])))
print(list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(takewhile(str.isalpha, "abc123def")))
print(list(filterfalse(None, [0, 1, "", "a", [], [0], None])), list(filterfalse(lambda x: x % 3, range(12))))
print(list(filterfalse(bool, [0, 2])), list(dropwhile(lambda c: c != "=", "key=value")))
t = takewhile(lambda x: x != 3, [1, 2, 3, 4, 5])
print(list(t), list(t))
