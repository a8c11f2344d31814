# Instances of str and tuple subclasses have a __dict__ after their text or items; str
# subclasses also take __slots__ (tuple subclasses cannot).
class Name(str):
    pass


n = Name("héllo wörld")
n.tag = "greeting"
n.count = len(n)
print(n, n.tag, n.count, sorted(vars(n).items()))
print(n.upper(), type(n.upper()).__name__, n == "héllo wörld", hash(n) == hash("héllo wörld"))
del n.tag
print(n.__dict__)
n.__dict__ = {"fresh": True}
print(n.fresh, getattr(n, "tag", "gone"))


class Pair(tuple):
    def __new__(cls, a, b):
        self = super().__new__(cls, (a, b))
        self.total = a + b
        return self


p = Pair(3, 4)
print(p, p.total, p[0], len(p), p.__dict__)
p.me = p
print(p.me is p, p + (5,), type(p + (5,)).__name__)


class Empty(tuple):
    pass


e = Empty()
e.note = "empty"
print(e, e.note, vars(e))


class Deeper(Name):
    __slots__ = ()


d = Deeper("x" * 9)
d.extra = [1, 2]
print(d, d.extra, d.__dict__)


class WithDictSlot(str):
    __slots__ = ("__dict__",)


w = WithDictSlot("w")
w.a = 1
print(w, w.a)


class NoDict(str):
    __slots__ = ()


try:
    NoDict("q").attr = 1
except AttributeError as error:
    print("AttributeError:", error)
try:
    print(NoDict("q").__dict__)
except AttributeError as error:
    print("AttributeError:", error)
class Slotted(str):
    __slots__ = ("a", "b")


class MoreSlots(Slotted):
    __slots__ = ("c",)


class SlotsAndDict(Slotted):
    pass


m = MoreSlots("longer text " * 3)
m.a, m.c = [m], "c"
print(m.a[0] is m, m.c, Slotted.a)
try:
    print(m.b)
except AttributeError as error:
    print("AttributeError:", error)
try:
    m.d = 1
except AttributeError as error:
    print("AttributeError:", error)
sd = SlotsAndDict("sd")
sd.a, sd.free = 1, 2
del sd.a
print(sd, sd.__dict__, hasattr(sd, "a"))
try:
    class SlottedTuple(tuple):
        __slots__ = ("a", "b")
except TypeError as error:
    print("TypeError:", error)
try:
    n.__class__ = NoDict
except TypeError as error:
    print("TypeError:", error)
other = Name("other")
n.__class__ = type("Alias", (str,), {})
print(type(n).__name__, n, n.fresh)
print(Name("q").missing)
