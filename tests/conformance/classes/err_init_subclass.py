try:
    class A(flavor="x"):
        pass
except TypeError as e:
    print("TypeError:", e)
class Strict:
    def __init_subclass__(cls, *, required):
        cls.required = required
try:
    class B(Strict):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class C(Strict, required=1, extra=2):
        pass
except TypeError as e:
    print("TypeError:", e)
class Refuse:
    def __init_subclass__(cls):
        raise RuntimeError("no subclasses of " + cls.__mro__[1].__name__)
try:
    class D(Refuse):
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
class E(Refuse):
    pass
