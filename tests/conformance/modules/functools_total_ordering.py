# total_ordering fills in the missing comparisons from the one a class defines.
import functools

@functools.total_ordering
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

a, b, c = Version(1, 2), Version(1, 10), Version(1, 2)
print(a < b, a <= b, a > b, a >= b, a <= c, a >= c, a > c, b > a)
print(sorted([b, a, Version(0, 9)]), max(a, b), min([b, c]))
print(repr(Version.__gt__).startswith("<function _gt_from_lt at 0x"), Version.__gt__.__name__, Version.__gt__.__qualname__, Version.__ge__.__doc__)
try:
    a < 5
except TypeError as e:
    print(e)
print(a.__gt__(5), a.__le__(5))

@functools.total_ordering
class Desc:
    def __init__(self, v): self.v = v
    def __gt__(self, other): return self.v > other.v
    def __eq__(self, other): return self.v == other.v

x, y = Desc(1), Desc(2)
print(x < y, x <= y, x >= y, y >= x, x <= Desc(1))

@functools.total_ordering
class GeOnly:
    def __init__(self, v): self.v = v
    def __ge__(self, other): return self.v >= other.v

print(GeOnly(1) < GeOnly(2), GeOnly(3) > GeOnly(2), GeOnly(2) <= GeOnly(2))
try:
    @functools.total_ordering
    class Nothing:
        pass
except ValueError as e:
    print(e)
try:
    functools.total_ordering()
except TypeError as e:
    print(e)
print(functools._gt_from_lt.__name__, functools._le_from_gt.__qualname__)
