# Key and item views are set-like.
a = {"x": 1, "y": 2, "z": 3}
b = {"y": 20, "z": 3, "w": 4}
print(a.keys() & b.keys(), a.keys() | b.keys(), a.keys() - b.keys(), a.keys() ^ b.keys())
print(a.items() & b.items(), a.items() - b.items())
print(a.items() ^ b.items())
print(a.keys() & {"x", "q"}, a.keys() | ["q"], a.keys() - ("x",), a.keys() ^ "xq")
print({"x", "q"} & a.keys(), ["q"] | a.keys(), ("x", "y") - a.keys(), "xq" ^ a.keys())
print(a.keys() == {"x", "y", "z"}, a.keys() == {"x"}, a.keys() != b.keys())
print(a.keys() < {"x", "y", "z", "w"}, a.keys() <= a.keys(), a.keys() > {"x"}, a.keys() >= b.keys())
print(a.items() == {("x", 1), ("y", 2), ("z", 3)}, a.items() <= a.items() | b.items())
print(a.keys().isdisjoint(["q"]), a.keys().isdisjoint(b.keys()), a.items().isdisjoint([("x", 1)]))
print(a.values() == a.values(), type(a.keys() | b.keys()).__name__)
n = {i: i for i in range(10)}
print(n.keys() & range(5, 15), n.keys() - {0, 1, 2})
