class A:
    def f(self):
        return 1
class B(A):
    def f(self):
        return super().missing()
try:
    B().f()
except AttributeError as e:
    print("AttributeError:", e)
try:
    super(B, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    super(1, B())
except TypeError as e:
    print("TypeError:", e)
def nothing():
    return super()
try:
    nothing()
except RuntimeError as e:
    print("RuntimeError:", e)
class C:
    def m():
        return super()
try:
    C.m()
except RuntimeError as e:
    print("RuntimeError:", e)
super(B, B()).nope
