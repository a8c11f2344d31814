# collections.namedtuple: field access, tuple behaviour, _make, _replace, _asdict, _fields,
# defaults, rename, subclassing and the reprs.
from collections import namedtuple

Point = namedtuple("Point", "x y")
p = Point(1, y=2)
print(p, p.x, p[1], p == (1, 2), len(p), list(p), tuple(p), hash(p) == hash((1, 2)))
x, y = p
print(x, y, Point._fields, Point.__doc__, Point.__name__, Point.__module__)
print(Point._make([3, 4]), p._replace(x=10), p._asdict(), Point._field_defaults)
print(repr(Point.x), Point.x.__doc__, isinstance(p, tuple), type(p).__mro__)
print(p + (5,), p * 2, p[::-1], p.count(1), p.index(2), sorted([Point(2, 1), Point(1, 5)]))

Color = namedtuple("Color", ["red", "green", "blue"], defaults=[0, 255])
print(Color(1), Color(1, 2), Color(1, 2, 3), Color._field_defaults, Color.__new__.__defaults__)
Renamed = namedtuple("Renamed", ["ok", "def", "ok", "_hidden", "2x"], rename=True)
print(Renamed._fields)
Single = namedtuple("Single", "value")
print(Single(5), Single._fields, Single.__doc__)
Empty = namedtuple("Empty", "")
print(Empty(), Empty._fields, len(Empty()))
Commas = namedtuple("Commas", "a, b,c")
print(Commas(1, 2, 3))


class Vector(namedtuple("Vector", "x y")):
    __slots__ = ()

    @property
    def length(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)


v = Vector(3, 4)
print(v, v.length, v + Vector(1, 1), type(v + v).__name__)

Employee = namedtuple("Employee", "name dept salary")
staff = [Employee("ann", "eng", 100), Employee("bob", "ops", 80), Employee("cy", "eng", 90)]
by_dept = {}
for e in staff:
    by_dept.setdefault(e.dept, []).append(e.name)
print(by_dept, max(staff, key=lambda e: e.salary).name, [e.salary for e in staff])
print({p: "origin"}[Point(1, 2)], Point(1, 2) in {p}, Point(*range(2)))
