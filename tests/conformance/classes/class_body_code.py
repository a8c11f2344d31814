print("before")
class Config:
    print("executing body")
    debug = False
    level = 3 if debug else 5
    names = [n * 2 for n in range(3)]
    for i in range(2):
        print("loop", i)
    del i
    if level > 4:
        def big(self):
            return "big"
    else:
        def small(self):
            return "small"
    try:
        import math
        pi = round(math.pi, 2)
    except ImportError:
        pi = 3
    total = sum(names)
    print("locals", sorted(k for k in locals() if not k.startswith("__")))
    __doc__ = "documented"
print("after")
print(Config.level, Config.names, Config.big(Config()), hasattr(Config, "small"), Config.pi, Config.total)
print(Config.__doc__, Config.__module__, "i" in Config.__dict__)

x = "global x"
class Scope:
    x = "class x"
    y = x
    def method(self):
        return x
    lam = (lambda: x)
    comp = [x for _ in range(1)]
print(Scope.y, Scope().method(), Scope.lam(), Scope.comp)

def factory(n):
    class Local:
        value = n
        def get(self):
            return self.value + n
    return Local
L1, L2 = factory(1), factory(2)
print(L1().get(), L2().get(), L1 is L2, L1.__qualname__)

class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        type(self).last = self.count
class Annotated:
    a: int
    b: str = "x"
print(Annotated.__annotations__, Annotated.b, hasattr(Annotated, "a"))
class WithClassCell:
    def who(self):
        return __class__.__name__
print(WithClassCell().who())
