import functools

class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))

a, b = Version(1, 2), Version(1, 10)
print(a < b, b > a, a == Version(1, 2), a != b, a == 3, a != 3)
print(sorted([b, a, Version(0, 9)]))
print(max(a, b), min([b, a]))

@functools.total_ordering
class Card:
    order = "23456789TJQKA"
    def __init__(self, rank):
        self.rank = rank
    def __eq__(self, o):
        return self.rank == o.rank
    def __lt__(self, o):
        return self.order.index(self.rank) < self.order.index(o.rank)
c1, c2 = Card("K"), Card("3")
print(c1 > c2, c1 <= c2, c1 >= c1, c2 < c1)

class Reflect:
    def __init__(self, v):
        self.v = v
    def __gt__(self, other):
        print("Reflect.__gt__")
        return self.v > other
print(3 < Reflect(5))
class OnlyEq:
    def __eq__(self, o):
        print("OnlyEq.__eq__")
        return True
print(OnlyEq() != 1)
print(1 == OnlyEq())
class Ne:
    def __ne__(self, o):
        return "custom ne"
print(Ne() != 1, Ne() == Ne())
x = Ne()
print(x == x)
print([OnlyEq()].count(5), 5 in [OnlyEq()])
