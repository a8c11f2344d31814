class EvenMeta(type):
    def __instancecheck__(cls, obj):
        print("instancecheck", type(obj).__name__)
        return isinstance(obj, int) and obj % 2 == 0
    def __subclasscheck__(cls, sub):
        print("subclasscheck", sub.__name__)
        return sub in (int, bool)
class Even(metaclass=EvenMeta):
    pass
print(isinstance(4, Even), isinstance(3, Even), isinstance("x", Even))
print(issubclass(int, Even), issubclass(str, Even))
print(isinstance(Even(), Even))
print(isinstance(4, (str, Even)))
class Duck(type):
    def __instancecheck__(cls, obj):
        return hasattr(obj, "quack")
class Quacker(metaclass=Duck):
    pass
class Robot:
    def quack(self):
        return "beep"
print(isinstance(Robot(), Quacker), isinstance(1, Quacker))
try:
    raise ValueError("x")
except Quacker:
    print("caught as quacker")
except ValueError:
    print("caught as ValueError")
class A: pass
class B(A): pass
print(isinstance(B(), A), issubclass(B, A), issubclass(A, B), issubclass(B, (int, A)))
print(isinstance(True, int), issubclass(bool, (str, (float, int))))
print(issubclass(A, object), isinstance(A, type), isinstance(A(), object))
class FakeClass:
    @property
    def __class__(self):
        return int
print(isinstance(FakeClass(), int), type(FakeClass()) is FakeClass)
