# reversed over lists, tuples, strings, ranges and dicts.
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed("abc")), "".join(reversed("hello")))
print(list(reversed(range(5))), list(reversed(range(1, 10, 3))), list(reversed(range(10, 0, -4))), list(reversed(range(0))))
print(type(reversed([])).__name__, type(reversed(())).__name__, type(reversed("")).__name__, type(reversed(range(2))).__name__)
l = [1, 2, 3]
r = reversed(l)
print(next(r))
l.append(4)
print(list(r))
l2 = [1, 2, 3, 4]
r2 = reversed(l2)
print(next(r2))
del l2[:]
print(list(r2))
print(sorted(reversed([3, 1, 2])))
print(tuple(reversed(range(-3, 3))), list(reversed(range(0, 20, 5)))[::2])
