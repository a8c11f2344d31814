class A:
    def f(self, x):
        return "A.f(%s)" % x
    @classmethod
    def c(cls):
        return "A.c on " + cls.__name__
    @staticmethod
    def s():
        return "A.s"

class B(A):
    def f(self, x):
        return "B.f/" + super().f(x + 1)
    @classmethod
    def c(cls):
        return "B.c/" + super().c()
    def g(self):
        return super(B, self).f(10)
    def s2(self):
        return super().s()

class C(B):
    def f(self, x):
        return "C.f/" + super(B, self).f(x)

print(B().f(1))
print(B.c())
print(B().g())
print(C().f(5))
print(C.c())
print(B().s2())
sup = super(B, B())
print(type(sup).__name__, sup.f(0))
print(super(C, C).c())
print(super(B, C()).f(7))

class D:
    def __init__(self, v):
        self.v = v
class E(D):
    def __init__(self, v):
        super().__init__(v * 2)
        self.w = v
e = E(3)
print(e.v, e.w)

def outside(self):
    return super(E, self).__init__
print(callable(outside(e)))
class Prop:
    @property
    def name(self):
        return "base"
class Child(Prop):
    @property
    def name(self):
        return "child+" + super().name
print(Child().name)
