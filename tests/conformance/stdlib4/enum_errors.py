# enum's errors: invalid values and names, reassigning and extending enumerations,
# duplicate names and values.
from enum import Enum, IntEnum, auto, unique


class Color(Enum):
    RED = 1
    GREEN = 2


def attempt(label, action):
    try:
        print(label, "->", action())
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        print(label, "->", type(exc).__name__ + ":", exc)


def reassign():
    Color.RED = 3


def set_value():
    Color.RED.value = 5


def delete_member():
    del Color.GREEN


def extend():
    class More(Color):
        BLUE = 3


def duplicate_name():
    class Twice(Enum):
        A = 1
        A = 2


def duplicate_values():
    @unique
    class Dup(Enum):
        A = 1
        B = 1
        C = 2
        D = 2


def bad_order():
    class Wrong(Enum):
        _order_ = "B A"
        A = 1
        B = 2


def reserved_sunder():
    class Bad(Enum):
        _reserved_ = 1


def missing_returns_wrong():
    class M(Enum):
        A = 1

        @classmethod
        def _missing_(cls, value):
            return 3
    return M(7)


attempt("by value", lambda: Color(7))
attempt("by name", lambda: Color["PURPLE"])
attempt("by name type", lambda: Color[1])
attempt("int value", lambda: IntEnum("Level", "LOW HIGH")(5))
attempt("no value", lambda: Color())
attempt("membership", lambda: 1 in Color)
attempt("order", lambda: Color.RED < Color.GREEN)
for action in (reassign, set_value, delete_member, extend, duplicate_name, duplicate_values,
               bad_order, reserved_sunder, missing_returns_wrong):
    attempt(action.__name__, action)
print(Color.RED, list(Color))
Color("red")
