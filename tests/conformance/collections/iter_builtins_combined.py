# The iteration builtins feeding each other and the consumers.
names = ["ann", "bob", "cy", "dee"]
ages = [31, 25, 40, 25]
print(sorted(zip(ages, names)), sorted(zip(names, ages), key=lambda p: (p[1], p[0])))
print(dict(zip(names, map(len, names))), list(enumerate(filter(lambda n: len(n) == 3, names))))
print(list(map(lambda p: p[0] * p[1], enumerate(reversed(ages)))))
print(max(zip(ages, names)), min(enumerate(names), key=lambda p: p[1]))
print(any(map(lambda a: a > 35, ages)), all(filter(None, ages)), sum(map(len, names)))
print(tuple(reversed(list(enumerate("xyz")))), list(zip(*enumerate("ab"))))
print(set(zip("aab", "ccd")), frozenset(map(abs, [-1, 1, 2])))
print(sorted(set(map(lambda n: n[0], names)) | {"z"}))
print(list(filter(None, map(lambda x: x % 3, range(8)))), list(zip(range(3), reversed(range(3)))))
