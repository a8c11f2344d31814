# Dotted names are value patterns: compared with ==, never bound.
import math


class Color:
    RED = "red"
    GREEN = "green"

    class Shade:
        DARK = "dark"


class Status:
    OK = 200
    NOT_FOUND = 404


def describe(x):
    match x:
        case Color.RED:
            return "red!"
        case Color.GREEN:
            return "green!"
        case Color.Shade.DARK:
            return "dark shade"
        case Status.OK:
            return "ok"
        case math.pi:
            return "pi"
        case _:
            return "unknown"


for v in ["red", "green", "dark", 200, 200.0, math.pi, 404]:
    print(repr(v), describe(v))
print(Color.RED)
