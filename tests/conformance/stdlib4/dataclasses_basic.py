# @dataclass: generated __init__, __repr__ and __eq__, defaults, default_factory, field()
# options, and the class attributes it leaves.
from dataclasses import dataclass, field


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p, Point(3), Point(y=5, x=4))
print(p == Point(1, 2), p == Point(2, 1), p != Point(1, 2), p == (1, 2))
print(Point.y, Point.__match_args__, Point.__doc__)
print(Point.__init__.__qualname__, Point.__repr__.__name__)


@dataclass
class Inventory:
    owner: str
    items: list = field(default_factory=list)
    counts: dict = field(default_factory=dict, repr=False)
    note: str = field(default="", compare=False)


a = Inventory("ann")
b = Inventory("ann")
a.items.append("apple")
print(a, b, a.items is b.items, a == b)
b.items.append("apple")
b.note = "different note"
print(a == b, a.counts, hasattr(Inventory, "items"))


@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)


root = Node(1, [Node(2), Node(3, [Node(4)])])
print(root)
root.children.append(root)
print(root)


@dataclass(repr=False, eq=False)
class Plain:
    a: int


print(Plain(1) == Plain(1), Plain.__repr__ is object.__repr__, Plain(5).a)


@dataclass
class WithMethods:
    width: float
    height: float

    def area(self):
        return self.width * self.height

    def __str__(self):
        return f"{self.width}x{self.height}"


w = WithMethods(2.5, 4)
print(w.area(), str(w), repr(w))


@dataclass
class Custom:
    x: int

    def __repr__(self):
        return "Custom!"


print(Custom(1), Custom(1) == Custom(1))
print(hash(Point) is not None, Point.__hash__)
