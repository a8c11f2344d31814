# Exceptions raised inside __init__, properties and dunders run as frames reach the caller's
# handlers with the caller's value stack intact, and StopIteration from a Python __next__
# ends a for loop.


class Boom(Exception):
    pass


class Touchy:
    def __init__(self, fail=False):
        if fail:
            raise Boom("__init__")
        self.ok = True

    @property
    def prop(self):
        raise Boom("property")

    @prop.setter
    def prop(self, value):
        raise Boom("setter " + repr(value))

    def __eq__(self, other):
        raise Boom("__eq__")

    def __lt__(self, other):
        raise Boom("__lt__")

    def __add__(self, other):
        raise Boom("__add__")

    def __getitem__(self, key):
        if key == "missing":
            raise KeyError(key)
        raise Boom("__getitem__")

    def __setitem__(self, key, value):
        raise Boom("__setitem__")

    def __delitem__(self, key):
        raise Boom("__delitem__")

    def __contains__(self, item):
        raise Boom("__contains__")

    def __bool__(self):
        raise Boom("__bool__")

    def __iter__(self):
        raise Boom("__iter__")

    def __neg__(self):
        raise Boom("__neg__")

    def __call__(self):
        raise Boom("__call__")

    def __enter__(self):
        raise Boom("__enter__")

    def __exit__(self, *exc):
        return False


t = Touchy()


def store(obj, key, value):
    obj[key] = value


def delete(obj, key):
    del obj[key]


def set_prop(obj):
    obj.prop = 42


def truth(obj):
    if obj:
        return "true"
    return "false"


def enter(obj):
    with obj:
        return "entered"


cases = [
    ("init", lambda: [1, 2, Touchy(fail=True), 3]),
    ("property", lambda: (1, t.prop)),
    ("property method", lambda: t.prop()),
    ("setter", lambda: set_prop(t)),
    ("eq", lambda: [0, t == 1]),
    ("ne through eq", lambda: t != 1),
    ("lt", lambda: {"k": t < 1}),
    ("add", lambda: 1 + (t + 1)),
    ("getitem", lambda: t[0]),
    ("getitem KeyError", lambda: t["missing"]),
    ("slice", lambda: t[1:2]),
    ("setitem", lambda: store(t, 0, 1)),
    ("delitem", lambda: delete(t, 0)),
    ("contains", lambda: 1 in t),
    ("bool", lambda: truth(t)),
    ("not", lambda: not t),
    ("iter", lambda: [x for x in t]),
    ("neg", lambda: -t),
    ("call", lambda: t()),
    ("enter", lambda: enter(t)),
]
for name, case in cases:
    try:
        print(name, "returned", case())
    except Boom as e:
        print(name, "Boom", e)
    except LookupError as e:
        print(name, type(e).__name__, e)


class Steps:
    def __init__(self, stop, fail_at=None):
        self.i = 0
        self.stop = stop
        self.fail_at = fail_at

    def __iter__(self):
        return self

    def __next__(self):
        self.i += 1
        if self.i == self.fail_at:
            raise Boom("at %d" % self.i)
        if self.i > self.stop:
            raise StopIteration
        return self.i


print([x * 10 for x in Steps(4)])
total = 0
for x in Steps(5):
    total += x
else:
    print("loop finished", total)
try:
    for x in Steps(5, fail_at=3):
        print("got", x)
except Boom as e:
    print("loop stopped by", e)
it = Steps(1)
print(next(it), next(it, "default"))


def handled_inside():
    try:
        return Touchy(fail=True)
    except Boom as e:
        return "handled " + str(e)
    finally:
        print("finally runs")


print(handled_inside())


class Suppress:
    def __enter__(self):
        return "value"

    def __exit__(self, kind, exc, tb):
        print("exit sees", kind.__name__ if kind else None, exc)
        return kind is Boom


with Suppress() as v:
    print("inside", v)
    raise Boom("suppressed")
print("after suppressed")
try:
    with Suppress():
        raise ValueError("not suppressed")
except ValueError as e:
    print("escaped", e)


class ChainedInit:
    def __init__(self):
        try:
            Touchy(fail=True)
        except Boom as e:
            raise RuntimeError("wrapped") from e


try:
    ChainedInit()
except RuntimeError as e:
    print(e, "from", repr(e.__cause__))
print(t.ok, Touchy().ok)
Touchy(fail=True)
