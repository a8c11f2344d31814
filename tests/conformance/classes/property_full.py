class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        "the temperature"
        return self._c
    @celsius.setter
    def celsius(self, v):
        print("set", v)
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("delete")
        self._c = None
    def _get_f(self):
        return self._c * 9 / 5 + 32
    fahrenheit = property(_get_f, doc="in F")

t = Temp()
t.celsius = 100
print(t.celsius, t.fahrenheit)
del t.celsius
print(t.celsius)
print(Temp.celsius.__doc__, Temp.fahrenheit.__doc__)
print(type(Temp.celsius).__name__, Temp.celsius.fget.__name__)
print(Temp.celsius.fset is not None, Temp.fahrenheit.fset)
class Sub(Temp):
    @Temp.celsius.getter
    def celsius(self):
        return "sub:" + str(self._c)
s = Sub()
s.celsius = 5
print(s.celsius)
p = property(lambda self: 1)
print(p.__get__(None, Temp) is p)
class Lazy:
    @property
    def value(self):
        print("computing")
        return 7
l = Lazy()
print(l.value + l.value)
