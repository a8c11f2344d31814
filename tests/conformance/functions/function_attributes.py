# Functions are objects with a name, a docstring, defaults, a dict and more.
def area(width, height=1, *, unit="m"):
    """Return the area of a rectangle."""
    return f"{width * height} {unit}2"


print(area.__name__, area.__qualname__, area.__module__, area.__doc__)
print(area.__defaults__, area.__kwdefaults__, area(3, 4))
print(type(area).__name__, callable(area), area.__dict__)
area.calls = 0
area.author = "teacher"
print(area.__dict__, area.calls, getattr(area, "author"), hasattr(area, "missing"))


def undocumented():
    pass


print(undocumented.__doc__, undocumented.__defaults__, undocumented.__kwdefaults__)


def outer():
    def inner():
        """Inner doc."""
    return inner


inner = outer()
print(inner.__name__, inner.__qualname__, inner.__doc__)
area.__name__ = "rectangle_area"
area.__doc__ = "Changed."
print(area.__name__, area.__qualname__, area.__doc__)
area.__defaults__ = (10,)
print(area(2), area.__defaults__)
area.__kwdefaults__ = {"unit": "cm"}
print(area(2, 3))


def annotated(x: int, y: "label" = 2) -> str:
    return str(x + y)


print(annotated.__annotations__, annotated(1))
f = lambda: 0
print(f.__name__, f.__qualname__, f.__doc__, f.__defaults__)
print(area.__globals__ is globals(), outer.__code__.co_name, repr(area).startswith("<function area at 0x"))
