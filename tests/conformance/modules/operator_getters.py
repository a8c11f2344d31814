# itemgetter, attrgetter (dotted names) and methodcaller, with their reprs.
from operator import attrgetter, itemgetter, methodcaller

rows = [("bob", 30, "paris"), ("amy", 25, "rome"), ("cal", 30, "oslo")]
print(sorted(rows, key=itemgetter(1, 0)), list(map(itemgetter(0), rows)))
print(itemgetter(1)("abc"), itemgetter(0, -1)("hello"), itemgetter("k")({"k": 9}), itemgetter(slice(1, 3))([1, 2, 3, 4]))
print(itemgetter(1), itemgetter("a", "b"), attrgetter("real"), attrgetter("a.b", "c"))
print(attrgetter("real", "imag")(3), attrgetter("__class__.__name__")(1.5))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
        self.origin = None

    def scaled(self, k, shift=0):
        return Point(self.x * k + shift, self.y * k + shift)

    def __repr__(self):
        return "Point(" + str(self.x) + ", " + str(self.y) + ")"


pts = [Point(3, 1), Point(1, 2), Point(2, 0)]
print(sorted(pts, key=attrgetter("x")), max(pts, key=attrgetter("y")))
p = Point(1, 1)
p.origin = Point(0, 5)
print(attrgetter("origin.y")(p), attrgetter("origin.x", "x")(p))
print(methodcaller("upper")("abc"), methodcaller("split", ",", maxsplit=1)("a,b,c"))
print(methodcaller("scaled", 2)(p), methodcaller("scaled", 3, shift=1)(p))
print(methodcaller("split", ",", maxsplit=1), methodcaller("strip"), type(methodcaller("x")).__name__)
