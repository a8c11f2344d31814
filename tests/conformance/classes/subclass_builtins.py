class Stack(list):
    def push(self, x):
        self.append(x)
        return self
    def peek(self):
        return self[-1]
    def __repr__(self):
        return "Stack" + super().__repr__()
s = Stack([1, 2])
s.push(3).push(4)
print(s, len(s), s.peek(), s[1:3], type(s[1:3]).__name__, isinstance(s, list), sum(s))
s.extra = "attr"
print(s.extra, s + [5], type(s + [5]).__name__, sorted(Stack([3, 1, 2])))

class Upper(str):
    def __new__(cls, value):
        return super().__new__(cls, value.upper())
    def shout(self):
        return self + "!"
u = Upper("hello")
print(u, repr(u), u.shout(), type(u.shout()).__name__, u.lower(), len(u), u == "HELLO", isinstance(u, str))
print({u: 1}["HELLO"], u[1:3], f"{u:>8}|", "%s" % u)

class Money(int):
    def __new__(cls, amount, currency="EUR"):
        obj = super().__new__(cls, amount)
        obj.currency = currency
        return obj
    def __repr__(self):
        return f"{int(self)} {self.currency}"
    def __add__(self, other):
        return Money(int(self) + int(other), self.currency)
m = Money(5) + Money(7)
print(m, repr(m), m * 2, type(m * 2).__name__, m > 10, hex(m), Money(3, "USD"))

class Defaults(dict):
    def __missing__(self, key):
        return f"<{key}>"
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)
d = Defaults()
d["KEY"] = 1
print(d, d["key"], d["nope"], d.get("nope"), "key" in d, len(d))
d.update(OTHER=2)
print(d)

class Flt(float):
    def __str__(self):
        return f"~{float(self):.1f}"
print(Flt(2.345), Flt(2) + 1, repr(Flt(1.5)))
class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def first(self):
        return self[0]
p = Pair(1, 2)
print(p, p.first, p == (1, 2), len(p), hash(p) == hash((1, 2)))
class MyErr(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.args[0]}"
try:
    raise MyErr(404, "not found")
except Exception as e:
    print(e, e.args, e.code, repr(e))
class MySet(set):
    pass
print(sorted(MySet([3, 1]) | {2}), type(MySet([1]) | {2}).__name__)
