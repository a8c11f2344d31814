# keys(), values() and items() are live views.
d = {"a": 1, "b": 2}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i)
print(len(k), len(v), len(i), type(k).__name__, type(v).__name__, type(i).__name__)
d["c"] = 3
print(k, v, i)
del d["a"]
print(list(k), list(v), list(i))
print("b" in k, "a" in k, 2 in v, 9 in v, ("b", 2) in i, ("b", 3) in i, "b" in i, ("b",) in i)
print(repr({}.keys()), repr({}.values()), repr({}.items()))
print(sorted(k), max(v), sum(v), dict(i))
for key, value in d.items():
    print(key, value)
print([x for x in d.values()], list(zip(d.keys(), d.values())))
print(bool({}.keys()), bool(k))
