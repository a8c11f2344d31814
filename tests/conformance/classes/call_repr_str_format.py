class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *rest, scale=1):
        return (self.n + x + sum(rest)) * scale
    def __repr__(self):
        return f"Adder({self.n})"
    def __str__(self):
        return f"+{self.n}"
    def __format__(self, spec):
        if spec == "long":
            return f"an adder of {self.n}"
        return format(self.n, spec)

a = Adder(3)
print(a(1), a(1, 2, 3), a(1, scale=10), callable(a), callable(Adder))
print(repr(a), str(a), a, [a], {"k": a}, (a,))
print(f"{a}", f"{a!r}", f"{a:long}", f"{a:>5}", format(a, "03d"), "{:long}".format(a))
print("%s and %r" % (a, a))
class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr>"
print(str(OnlyRepr()), f"{OnlyRepr()}", format(OnlyRepr()), "{}".format(OnlyRepr()))
class OnlyStr:
    def __str__(self):
        return "only-str"
print(str(OnlyStr()), repr(OnlyStr()).startswith("<__main__.OnlyStr object at"))
class Plain:
    pass
pl = Plain()
print(format(pl, "") == str(pl))
print(repr(Plain).replace("__main__.", ""))
print(repr(Adder.__call__).startswith("<function Adder.__call__"))
import functools
print(functools.reduce(Adder(0), [1, 2, 3]))
class CallMeta(type):
    def __call__(cls, *args):
        return f"called {cls.__name__}{args}"
class Made(metaclass=CallMeta):
    pass
print(Made(1, 2))
