# reversed() over dicts and views, and the iterator types.
d = {"one": 1, "two": 2, "three": 3}
print(list(reversed(d)), list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
print(type(reversed(d)).__name__, type(reversed(d.values())).__name__, type(reversed(d.items())).__name__)
print(type(iter(d)).__name__, type(iter(d.values())).__name__, type(iter(d.items())).__name__)
del d["two"]
d["four"] = 4
print(list(reversed(d)))
r = reversed(d)
print(next(r), next(r), next(r))
print(next(r, "done"))
print(list(reversed({})))
