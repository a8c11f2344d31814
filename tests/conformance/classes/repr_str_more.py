class Temp:
    def __init__(self, deg):
        self.deg = deg
    def __repr__(self):
        return f"Temp({self.deg!r})"
    def __str__(self):
        return f"{self.deg}°"
    def __format__(self, spec):
        if spec.endswith("F"):
            return format(self.deg * 9 / 5 + 32, spec[:-1]) + "F"
        return format(self.deg, spec)
t = Temp(21.5)
print(t, repr(t), [t], f"{t:.1fF}", f"{t:>8}", f"{t!s}", str([t, t]))
print("{0!r} {0!s} {0:.2f}".format(t))
class Child(Temp):
    pass
print(Child(3), repr(Child(3)))
class Callable:
    def __init__(self):
        self.calls = 0
    def __call__(self, *a, **k):
        self.calls += 1
        return (a, sorted(k.items()))
c = Callable()
print(c(1, x=2), c(), c.calls, list(map(c, [1, 2])))
