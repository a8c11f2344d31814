class A:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print("A.__eq__")
        return NotImplemented
class B:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print("B.__eq__")
        return isinstance(other, A) and other.v == self.v
print(A(1) == B(1))
print(A(1) != B(2))
print(A(1) == A(1))
a = A(1)
print(a == a, a != a)
class Num:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < (other.v if isinstance(other, Num) else other)
    def __le__(self, other):
        return NotImplemented
print(Num(1) < Num(2), Num(3) > Num(2), Num(1) < 5)
print(sorted([Num(3), Num(1), Num(2)], key=lambda n: n.v)[0].v)
try:
    Num(1) <= Num(2)
except TypeError as e:
    print("TypeError:", e)
print(min(Num(4), Num(2)).v)
