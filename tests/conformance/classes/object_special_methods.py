# What every object inherits from object by name: __sizeof__, __getstate__ and __dir__ (which
# a class's own __dir__ can extend through super()), plus type.__prepare__ and an exception's
# __setstate__.
import sys


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Slotted:
    __slots__ = ("a", "__hidden", "b")

    def __init__(self):
        self.a = 1
        self.__hidden = 2


class Both:
    __slots__ = ("p", "__dict__")


class Extended:
    def __init__(self):
        self.value = 1

    def __dir__(self):
        return super().__dir__() + ["virtual"]


p = Point(1, 2)
print(object.__getstate__(p), object.__getstate__(p) is p.__dict__, Point.__getstate__(Point.__new__(Point)))
print(Slotted().__getstate__(), object.__getstate__(object()), object.__getstate__([1]))
b = Both()
b.p = 3
print(b.__getstate__())
b.extra = 4
print(b.__getstate__())
print("x" in object.__dir__(p), "__init__" in p.__dir__(), type(p.__dir__()).__name__)
print([n for n in dir(Extended()) if not n.startswith("__")])
print(object().__sizeof__(), [].__sizeof__() < sys.getsizeof([]), (1, 2).__sizeof__(), {}.__sizeof__())
print(type.__prepare__("Name", (object,)), type.__prepare__("Name", (), extra=1))


class Sized:
    def __sizeof__(self):
        return 100


print(sys.getsizeof(Sized()) > 100, sys.getsizeof(Point(0, 0)) == sys.getsizeof(Point(5, 5)))
e = ValueError("bad")
e.__setstate__({"code": 7, "where": "here"})
print(e.code, e.where, e.args)
e.__setstate__(None)
for state in (5, {1: 2}):
    try:
        e.__setstate__(state)
    except TypeError as error:
        print("TypeError:", error)
