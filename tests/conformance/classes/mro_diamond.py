class A:
    def who(self):
        return "A"

class B(A):
    def who(self):
        return "B>" + super().who()

class C(A):
    def who(self):
        return "C>" + super().who()

class D(B, C):
    def who(self):
        return "D>" + super().who()

print([k.__name__ for k in D.__mro__])
print(D().who())
print(D.mro() == list(D.__mro__))
print(D.__bases__ == (B, C), D.__base__ is B)
print(A.__bases__, object.__bases__)

class X: pass
class Y: pass
class Z: pass
class K1(X, Y): pass
class K2(Y, Z): pass
class K3(X, Z): pass
class M(K1, K2, K3): pass
print([k.__name__ for k in M.__mro__])
print(issubclass(M, Z), issubclass(K1, Z))
print(type.mro(K2) == [K2, Y, Z, object])
