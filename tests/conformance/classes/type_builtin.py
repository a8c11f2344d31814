print(type(1), type("s"), type([]), type(type), type(None).__name__)
class A:
    pass
print(type(A()) is A, type(A) is type)
def init(self, v):
    self.v = v
B = type("B", (A,), {"init_count": 0, "__init__": init, "double": lambda self: self.v * 2})
b = B(21)
print(B.__name__, B.__bases__ == (A,), b.double(), isinstance(b, A), B.__module__)
print(B.__qualname__, [c.__name__ for c in B.__mro__])
E = type("E", (), {})
print(E.__bases__, E().__class__.__name__)
Meta = type("Meta", (type,), {"hello": lambda cls: "hi " + cls.__name__})
M = Meta("M", (), {})
print(M.hello(), type(M).__name__)
print(type.__name__, type(b).__name__, type(b)(1).v)
C = type("C", (object,), dict(__slots__=("x",)))
c = C()
c.x = 5
print(c.x, hasattr(c, "__dict__"))
D = type("D", (dict,), {"get2": lambda self, k: self[k] * 2})
d = D(a=2)
print(d.get2("a"), d)
print(type("Q", (), {"__qualname__": "Outer.Q"}).__qualname__)
F = type("F", (), {"__doc__": "doc of F"})
print(F.__doc__)
print(isinstance(3, type(3)), type(True) is bool, type(3.0)(2))
