class M1(type): pass
class M2(type): pass
class A(metaclass=M1): pass
class B(metaclass=M2): pass
try:
    class C(A, B): pass
except TypeError as e:
    print("TypeError:", e)
class BadPrepare(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return 5
try:
    class D(metaclass=BadPrepare): pass
except TypeError as e:
    print("TypeError:", e)
try:
    type("X", (1,), {})
except TypeError as e:
    print("TypeError:", e)
try:
    type("X", (), [])
except TypeError as e:
    print("TypeError:", e)
try:
    type(1, (), {})
except TypeError as e:
    print("TypeError:", e)
try:
    type("X", ())
except TypeError as e:
    print("TypeError:", e)
class NewReturnsOther(type):
    def __new__(mcs, name, bases, ns):
        return 42
class E(metaclass=NewReturnsOther): pass
print(E)
try:
    class F(metaclass=5): pass
except TypeError as e:
    print("TypeError:", e)
class G(metaclass=M1, extra=1): pass
