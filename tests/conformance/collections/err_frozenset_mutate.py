# A frozenset has no mutating methods.
f = frozenset([1, 2])
for name in ("add", "discard", "remove", "clear", "update", "pop"):
    print(name, hasattr(f, name), hasattr(set(), name))
g = f
g |= {3}
print(f, g)
f.add(3)
