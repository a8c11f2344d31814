# enumerate with start values, keywords and big starts.
print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate("ab", start=-2)))
print(list(enumerate(iterable=[10, 20], start=5)), list(enumerate(start=7, iterable="x")))
print(list(enumerate([], 3)), list(enumerate(range(3), 2 ** 62 - 2)))
print(list(enumerate("ab", 2 ** 70)), list(enumerate("ab", True)))
e = enumerate({"k": 1, "j": 2})
print(type(e).__name__, next(e), next(e), next(e, None))
for i, (a, b) in enumerate(zip("xy", "pq")):
    print(i, a, b)
print(dict(enumerate("hey")), max(enumerate([3, 9, 2]), key=lambda p: p[1]))
print(iter(e) is e, list(e))
