class Base:
    __slots__ = ("name",)
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"

class Mid(Base):
    __slots__ = ("level",)
    def __init__(self, name, level):
        super().__init__(name)
        self.level = level

class Leaf(Mid):
    __slots__ = ()

items = [Base("a"), Mid("b", 1), Leaf("c", 2)]
print(items)
for it in items:
    print(type(it).__name__, [s for s in type(it).__slots__], getattr(it, "level", None))
print(Leaf.__mro__[1].__slots__)
print(isinstance(Leaf.__dict__.get("level"), type(Mid.level)))

class Counter:
    __slots__ = ("n",)
    def __init__(self):
        self.n = 0
    def bump(self):
        self.n += 1
        return self
print(Counter().bump().bump().n)
class Desc:
    __slots__ = ("value",)
    def __get__(self, obj, owner):
        return ("desc", self.value)
d = Desc()
d.value = 3
class User:
    v = d
print(User().v)
slot = Base.__dict__["name"]
print(type(slot).__name__, slot.__objclass__.__name__)
print(repr(slot))
