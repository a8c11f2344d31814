# Constant set displays are built the way CPython builds them (through a frozenset
# constant), which decides their order; a display iterated by a for loop too.
a = {"north", "south", "east", "west", "up", "down"}
print(a)
for d in {"north", "south", "east", "west", "up", "down"}:
    print(d, end=" ")
print()
print({"name", "key", "value", "data", "type", "list"})
print({"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"})
print({1, "one", 2, "two", 3, "three", (1, 2), -4})
print([x for x in {"k1", "k2", "k3", "k4", "k5", "k6", "k7"}])
print({-1, -2, -3, -4, -5, -6, -7})
print({(1, "a"), (2, "b"), (3, "c"), (4, "d"), (5, "e")})
print({0.5, 1.5, 2.5, 3.5, 4.5})
print({"q", "w", "e", "r", "t", "y", "g", "z"})
