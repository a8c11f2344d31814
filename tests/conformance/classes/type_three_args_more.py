def describe(self):
    return f"{type(self).__name__}({self.value})"
Base = type("Base", (), {"value": 0, "describe": describe})
Derived = type("Derived", (Base,), {"value": 7})
print(Derived().describe(), Base().describe(), Derived.__mro__[1].__name__)
Point = type("Point", (tuple,), {"x": property(lambda s: s[0]), "y": property(lambda s: s[1])})
p = Point((3, 4))
print(p.x, p.y, p, isinstance(p, tuple))
Dyn = type("Dyn", (), {"__init__": lambda self, n: setattr(self, "n", n), "__repr__": lambda self: f"Dyn<{self.n}>"})
print(Dyn(5), [Dyn(i) for i in range(2)])
print(type(Dyn), type(Dyn(1)) is Dyn, Dyn.__name__, Dyn.__qualname__)
Counter = type("Counter", (), {"count": 0, "__slots__": ()})
print(Counter.count, hasattr(Counter(), "__dict__"))
