__all__ = ["Circle", "area", "_helper_listed"]

PI = 3.14


class Circle:
    def __init__(self, r):
        self.r = r


def area(c):
    return PI * c.r * c.r


def _helper_listed():
    return "listed in __all__ although private"


def perimeter(c):
    return 2 * PI * c.r
