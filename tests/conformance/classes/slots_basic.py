class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = P(1, 2)
print(p.x, p.y)
p.x = 10
print(p.x)
print(hasattr(p, "__dict__"))
print(type(P.x).__name__, P.x.__name__, P.__slots__)
del p.y
print(hasattr(p, "y"))
p.y = 3
print(p.y)
print(P.x.__get__(p, P), P.x.__get__(None, P) is P.x)
P.y.__set__(p, 30)
print(p.y)

class Q(P):
    __slots__ = "z"
q = Q(1, 2)
q.z = 3
print(q.x, q.y, q.z, hasattr(q, "__dict__"))

class WithDict(P):
    pass
w = WithDict(1, 2)
w.extra = 5
print(w.extra, w.__dict__)

class Both:
    __slots__ = ("a", "__dict__")
b = Both()
b.a = 1
b.other = 2
print(b.a, b.__dict__)

class Private:
    __slots__ = ("__secret",)
    def __init__(self):
        self.__secret = 7
    def reveal(self):
        return self.__secret
print(Private().reveal(), sorted(k for k in Private.__dict__ if "secret" in k))
class Empty:
    __slots__ = []
print(hasattr(Empty(), "__dict__"))
class ListSlots:
    __slots__ = ["first", "second"]
ls = ListSlots()
ls.second = 2
print(ls.second)
