class A:
    @property
    def x(self):
        return 1
    @property
    def broken(self):
        return self.nope
a = A()
try:
    a.x = 2
except AttributeError as e:
    print("AttributeError:", e)
try:
    del a.x
except AttributeError as e:
    print("AttributeError:", e)
try:
    a.broken
except AttributeError as e:
    print("AttributeError:", e)
class B:
    y = property()
try:
    B().y
except AttributeError as e:
    print("AttributeError:", e)
try:
    property(1, 2, 3, 4, 5)
except TypeError as e:
    print("TypeError:", e)
a.x = 5
