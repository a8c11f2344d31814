# dataclasses' errors: bad defaults, argument errors of the generated __init__, frozen
# violations, and misuse of the module functions.
from dataclasses import (FrozenInstanceError, asdict, astuple, dataclass, field, fields,
                         replace)


def attempt(label, make):
    try:
        result = make()
        print(label, "->", result)
    except (TypeError, ValueError, AttributeError) as exc:
        print(label, "->", type(exc).__name__ + ":", exc)


@dataclass
class P:
    x: int
    y: int = 0


attempt("missing", lambda: P())
attempt("too many", lambda: P(1, 2, 3))
attempt("unknown keyword", lambda: P(1, z=3))
attempt("twice", lambda: P(1, x=2))
attempt("both defaults", lambda: field(default=1, default_factory=list))
attempt("fields(3)", lambda: fields(3))
attempt("asdict", lambda: asdict(P))
attempt("astuple", lambda: astuple([1]))
attempt("replace unknown", lambda: replace(P(1), z=2))


def mutable_default():
    @dataclass
    class Bad:
        items: list = []


def order_of_defaults():
    @dataclass
    class Bad:
        a: int = 1
        b: int


def frozen_from_plain():
    @dataclass
    class Plain:
        a: int

    @dataclass(frozen=True)
    class Frozen(Plain):
        b: int = 0


def plain_from_frozen():
    @dataclass(frozen=True)
    class Frozen:
        a: int

    @dataclass
    class Plain(Frozen):
        b: int = 0


def order_conflict():
    @dataclass(order=True)
    class Ordered:
        a: int

        def __lt__(self, other):
            return True


def order_without_eq():
    @dataclass(order=True, eq=False)
    class Bad:
        a: int


def field_without_annotation():
    @dataclass
    class Bad:
        a: int
        b = field(default=1)


def init_false_replace():
    @dataclass
    class C:
        a: int
        b: int = field(init=False, default=0)
    return replace(C(1), b=2)


for check in (mutable_default, order_of_defaults, frozen_from_plain, plain_from_frozen,
              order_conflict, order_without_eq, field_without_annotation, init_false_replace):
    attempt(check.__name__, check)


@dataclass(frozen=True)
class Frozen:
    a: int


f = Frozen(1)
try:
    f.a = 2
except FrozenInstanceError as exc:
    print("FrozenInstanceError:", exc)
f.a = 3
