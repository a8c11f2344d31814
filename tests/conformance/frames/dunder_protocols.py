# The protocols the evaluator runs as frames give CPython's results: properties (also as
# callables and against instance dicts), subscripts and slices, truth tests, containment,
# unary operators, iteration, __call__, context managers and f(*args) on bound methods;
# dunders that are not plain functions still work through the native path.


def attempt(label, compute):
    try:
        print(label, "=", repr(compute()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


class Account:
    def __init__(self, owner):
        self.owner = owner
        self._balance = 0

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError("negative balance")
        self._balance = value

    @property
    def formatter(self):
        return lambda prefix: prefix + self.owner

    @property
    def read_only(self):
        return "fixed"


acct = Account("ann")
acct.balance = 10
acct.balance += 5
print(acct.balance, acct.formatter("Ms. "), acct.read_only)
acct.__dict__["balance"] = "shadow"
print(acct.balance, acct.__dict__["balance"])
attempt("read-only set", lambda: setattr(acct, "read_only", 1))
attempt("negative", lambda: setattr(acct, "balance", -1))
print(type(Account.balance).__name__)


class Savings(Account):
    @property
    def balance(self):
        return super().balance * 2


s = Savings("bob")
s._balance = 4
print(s.balance)


class Grid:
    def __init__(self):
        self.cells = {}

    def __getitem__(self, key):
        if isinstance(key, slice):
            return ("slice", key.start, key.stop, key.step)
        return self.cells.get(key, ".")

    def __setitem__(self, key, value):
        if isinstance(key, slice):
            key = (key.start, key.stop)
        self.cells[key] = value

    def __delitem__(self, key):
        del self.cells[key]

    def __len__(self):
        return len(self.cells)

    def __contains__(self, key):
        return len(self.cells) if key in self.cells else 0

    def __iter__(self):
        yield from sorted(self.cells)


g = Grid()
print(bool(g), "empty" if not g else "full", len(g))
g[1, 2] = "x"
g[0, 0] = "o"
g[5:6] = "slice key"
print(g[1, 2], g[3, 3], g[1:2], g[::3], g[:])
print((1, 2) in g, (9, 9) in g, (9, 9) not in g)
del g[0, 0]
print(list(g), [k for k in g], "full" if g else "empty")
a, b = Grid(), g
print((a and "a") is a, b and "b", (a or "no a") == "no a", (b or "no b") is b)
while g:
    key = next(iter(g))
    print("removing", key)
    del g[key]
attempt("missing delete", lambda: g.__delitem__("nothing"))


class Weird:
    def __init__(self, length=0, truth=None):
        self.length = length
        self.truth = truth

    def __len__(self):
        return self.length


class WeirdBool:
    def __init__(self, value):
        self.value = value

    def __bool__(self):
        return self.value


attempt("len -1", lambda: "t" if Weird(-1) else "f")
attempt("len huge", lambda: "t" if Weird(2**70) else "f")
attempt("len str", lambda: not Weird("3"))
attempt("len bool", lambda: not Weird(True))
attempt("bool int", lambda: "t" if WeirdBool(1) else "f")
attempt("bool True", lambda: "t" if WeirdBool(True) else "f")
attempt("not bool None", lambda: not WeirdBool(None))


class Vector:
    def __init__(self, *xs):
        self.xs = xs

    def __neg__(self):
        return Vector(*[-x for x in self.xs])

    def __pos__(self):
        return self

    def __invert__(self):
        return Vector(*reversed(self.xs))

    def __iadd__(self, other):
        self.xs = tuple(a + b for a, b in zip(self.xs, other.xs))
        return self

    def __repr__(self):
        return "Vector%r" % (self.xs,)


v = Vector(1, 2, 3)
w = v
v += Vector(10, 10, 10)
print(-v, +v, ~v, v is w)


class BadIter:
    def __iter__(self):
        return [1, 2]


attempt("non-iterator", lambda: [x for x in BadIter()])


class Native:
    """Dunders that are not plain functions go through the native slots."""

    __getitem__ = staticmethod(lambda key: ("static", key))
    __len__ = staticmethod(lambda: 3)
    __call__ = classmethod(lambda cls, x: (cls.__name__, x))


attempt("staticmethod getitem", lambda: Native()["k"])
attempt("staticmethod len", lambda: len(Native()))
attempt("classmethod call", lambda: Native()(5))


class Meta(type):
    def __call__(cls, *args):
        print("Meta.__call__", cls.__name__, args)
        return super().__call__(*args)


class WithMeta(metaclass=Meta):
    def __init__(self, x):
        print("WithMeta.__init__", x)


WithMeta(1)


class Recorder:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, kind, exc, tb):
        print("exit", self.name, kind.__name__ if kind else None)
        return "truthy" if kind is KeyError else None


with Recorder("outer") as o, Recorder("inner") as i:
    print("body", o, i)
    {}["k"]
print("after with")


class Greeter:
    def greet(self, *names, sep=", "):
        return "hi " + sep.join(names)


bound = Greeter().greet
print(bound(*["a", "b"], **{"sep": "+"}), Greeter().greet(*("c",)))


class Pipeline:
    def __init__(self, *steps):
        self.steps = steps

    def __call__(self, value):
        for step in self.steps:
            value = step(value)
        return value


inc = Pipeline(lambda x: x + 1)
print(Pipeline(inc, inc, Pipeline(inc, str))(0))


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n


def delegate():
    yield from Countdown(3)


print(list(delegate()), [*Countdown(2)], dict.fromkeys(Countdown(2)), sum(Countdown(4)))
for i, j in zip(Countdown(3), Countdown(5)):
    print(i, j, end="; ")
print()
