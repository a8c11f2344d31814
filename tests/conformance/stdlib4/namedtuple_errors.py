# namedtuple's errors: bad type and field names, wrong arguments, immutability.
from collections import namedtuple

Point = namedtuple("Point", "x y")
p = Point(1, 2)


def attempt(label, action):
    try:
        print(label, "->", action())
    except (TypeError, ValueError, AttributeError) as exc:
        print(label, "->", type(exc).__name__ + ":", exc)


def set_field():
    p.x = 5


def set_other():
    p.z = 5


def del_field():
    del p.x


attempt("missing", lambda: Point(1))
attempt("too many", lambda: Point(1, 2, 3))
attempt("keyword", lambda: Point(1, q=2))
attempt("twice", lambda: Point(1, x=2))
attempt("_make", lambda: Point._make([1]))
attempt("_replace", lambda: p._replace(z=1))
attempt("duplicate", lambda: namedtuple("Q", "a a"))
attempt("underscore", lambda: namedtuple("Q", "a _b"))
attempt("keyword name", lambda: namedtuple("Q", "a class"))
attempt("bad type name", lambda: namedtuple("1Q", "a"))
attempt("bad field", lambda: namedtuple("Q", "a-b"))
attempt("defaults", lambda: namedtuple("Q", "a", defaults=[1, 2]))
attempt("set field", set_field)
attempt("set other", set_other)
attempt("del field", del_field)
attempt("item assignment", lambda: p.__setitem__(0, 1))
attempt("unpack", lambda: [a for a, b, c in [p]])
print(p)
Point(1, 2, 3)
