# popitem, fromkeys, |, |=, dict(**kwargs) and update forms.
d = {"a": 1, "b": 2, "c": 3}
print(d.popitem(), d)
d["z"] = 26
print(d.popitem(), d.popitem(), d)
print(dict.fromkeys("abc"), dict.fromkeys(["x", "y"], 0), dict.fromkeys(range(3), []))
print({}.fromkeys([1, 2], "v"), dict.fromkeys({"k": 1}), dict.fromkeys({3, 1, 2}))
e = {"a": 1} | {"b": 2} | {"a": 3}
print(e)
e |= {"c": 4}
e |= [("d", 5)]
e |= {"a": 0}.items()
print(e)
print(dict(x=1, y=2), dict({"a": 1}, b=2), dict([("p", 1), ("q", 2)], q=3), dict(zip("ab", [1, 2])))
f = {}
f.update(a=1)
f.update({"b": 2}, c=3)
f.update([("d", 4)])
print(f)
print(d == {"a": 1}, {"a": 1} == {"a": 1.0}, {1: "x"} != {1: "y"})
