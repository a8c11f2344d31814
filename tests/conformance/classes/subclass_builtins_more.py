class CountingList(list):
    def __init__(self, *a):
        super().__init__(*a)
        self.appends = 0
    def append(self, x):
        self.appends += 1
        super().append(x)
    def __getitem__(self, i):
        return ("item", super().__getitem__(i))
    def __len__(self):
        return 100
    def __iter__(self):
        return iter(["custom"])
    def __contains__(self, x):
        return x == "magic"
c = CountingList([1])
c.append(2)
print(c.appends, c[0], len(c), list(c), "magic" in c, 1 in c, bool(CountingList()))
class OrderedKeys(dict):
    def keys(self):
        return sorted(super().keys())
    def __iter__(self):
        return iter(self.keys())
    def __getitem__(self, k):
        return super().__getitem__(k) * 10
o = OrderedKeys(b=1, a=2)
print(list(o), o["a"], o.get("a"), dict(o), [k for k in o])
class Celsius(float):
    def __add__(self, other):
        return Celsius(float(self) + other)
    def __eq__(self, other):
        return abs(float(self) - float(other)) < 0.5
    __hash__ = float.__hash__
t = Celsius(20.0) + 1.2
print(type(t).__name__, t, t == 21, 1.0 + Celsius(1), {t: 1})
class Name(str):
    def __eq__(self, other):
        return str.__eq__(self.lower(), other.lower())
    def __hash__(self):
        return hash(self.lower())
print(Name("Bob") == "BOB", "BOB" == Name("bob"), {Name("A"): 1}.get(Name("a")))
class IntLike(int):
    def __index__(self):
        return 2
print(int(IntLike(7)), IntLike(7) + 1, [10, 20, 30][IntLike(1).__index__()])
class B(bytearray if False else list):
    pass
print(B("ab") + ["c"], type(B("x")).__name__)
class E(Exception):
    pass
class E2(E, ValueError):
    pass
try:
    raise E2("multi")
except ValueError as e:
    print(type(e).__name__, e, [k.__name__ for k in E2.__mro__])
