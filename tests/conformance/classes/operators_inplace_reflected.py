class Acc:
    def __init__(self, v):
        self.v = v
    def __iadd__(self, o):
        print("iadd")
        self.v += o
        return self
    def __add__(self, o):
        print("add")
        return Acc(self.v + o)
    def __imul__(self, o):
        print("imul")
        return NotImplemented
    def __mul__(self, o):
        print("mul")
        return Acc(self.v * o)
    def __isub__(self, o):
        print("isub")
        self.v -= o
        return self
    def __ipow__(self, o):
        self.v **= o
        return self
    def __ior__(self, o):
        self.v |= o
        return self
    def __imatmul__(self, o):
        return "imatmul result"

x = Acc(1)
y = x
x += 5
print(x is y, x.v)
x *= 3
print(x is y, x.v)
x -= 1
print(x.v)
x **= 2
x |= 1
print(x.v)
x @= 0
print(x)
class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return OnlyAdd(self.v + o)
z = OnlyAdd(1)
w = z
z += 1
print(z is w, z.v)

class Base:
    def __add__(self, o):
        return "Base.add"
    def __radd__(self, o):
        return "Base.radd"
    def __lt__(self, o):
        return "Base.lt"
    def __gt__(self, o):
        return "Base.gt"
class Derived(Base):
    def __radd__(self, o):
        return "Derived.radd"
    def __gt__(self, o):
        return "Derived.gt"
print(Base() + Derived())
print(Derived() + Base())
print(Base() < Derived())
class Other:
    def __radd__(self, o):
        return "Other.radd " + type(o).__name__
print(1 + Other(), "s" + Other(), [1] + Other())
l = [1]
l += Other() if False else [2]
print(l)
