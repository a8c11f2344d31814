# Class calls whose __init__ runs as a frame: what __init__ must return, __new__ returning
# other objects, argument binding and keyword arguments, and errors raised inside __init__.


def attempt(label, make):
    try:
        result = make()
        print(label, "->", type(result).__name__)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


class ReturnsInt:
    def __init__(self):
        return 1


class ReturnsNoneExplicitly:
    def __init__(self):
        return None


class GeneratorInit:
    def __init__(self):
        yield 1


class ReturnsSelf:
    def __init__(self):
        return self


attempt("int", ReturnsInt)
attempt("None", ReturnsNoneExplicitly)
attempt("generator", GeneratorInit)
attempt("self", ReturnsSelf)


class Point:
    def __init__(self, x, y=0, *rest, scale=1, **extra):
        self.x = x * scale
        self.y = y * scale
        self.rest = rest
        self.extra = extra

    def __repr__(self):
        return f"Point({self.x}, {self.y}, {self.rest}, {sorted(self.extra.items())})"


print(Point(1))
print(Point(1, 2, 3, 4, scale=10, color="red"))
print(Point(y=5, x=2))
args = (7, 8)
print(Point(*args, **{"scale": 2}))
attempt("missing", lambda: Point())
attempt("twice", lambda: Point(1, x=2))


class NoInitArgs:
    pass


attempt("object init with args", lambda: NoInitArgs(1))


class Other:
    pass


class NewReturnsOther:
    def __new__(cls, *args):
        return Other()

    def __init__(self, *args):
        print("never runs")


class Base:
    def __init__(self, tag):
        print("Base.__init__", tag)
        self.tag = tag


class NewReturnsSubclass(Base):
    def __new__(cls, tag):
        return object.__new__(Derived)

    def __init__(self, tag):
        print("NewReturnsSubclass.__init__", tag)
        super().__init__(tag)


class Derived(NewReturnsSubclass):
    def __init__(self, tag):
        print("Derived.__init__", tag)


attempt("new returns other", lambda: NewReturnsOther(1))
attempt("new returns subclass", lambda: NewReturnsSubclass("t"))


class Fails:
    def __init__(self, n):
        if n < 0:
            raise ValueError("negative: %d" % n)
        self.n = n


attempt("unexpected keyword", lambda: Fails(1, bad=2))
made = []
for n in (3, -1, 5):
    try:
        made.append(Fails(n).n)
    except ValueError as e:
        made.append(str(e))
print(made)


class Counted:
    instances = 0

    def __init__(self):
        Counted.instances += 1


print([type(Counted()).__name__ for _ in range(3)], Counted.instances)


class WithCall:
    def __init__(self, factor):
        self.factor = factor

    def __call__(self, value, *, offset=0):
        return value * self.factor + offset


double = WithCall(2)
print(double(21), double(5, offset=1), list(map(double, [1, 2, 3])))
attempt("call missing", lambda: double())


class Child(Point):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.kind = "child"


c = Child(3, 4)
print(c, c.kind)
ReturnsInt()
print("not reached")
