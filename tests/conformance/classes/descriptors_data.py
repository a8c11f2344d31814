class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = "_" + name
        print("set_name", owner.__name__, name)
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name[1:]} must be {self.kind.__name__}")
        setattr(obj, self.name, value)
    def __delete__(self, obj):
        print("deleting", self.name)
        delattr(obj, self.name)

class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age):
        self.name = name
        self.age = age

p = Person("ann", 30)
print(p.name, p.age, sorted(p.__dict__))
p.__dict__["age"] = "shadow?"
print(p.age)
try:
    p.age = "x"
except TypeError as e:
    print(e)
del p.age
print(hasattr(p, "_age"))
print(type(Person.name).__name__)

class NonData:
    def __get__(self, obj, objtype=None):
        return "from descriptor"
class Holder:
    attr = NonData()
h = Holder()
print(h.attr)
h.attr = "instance wins"
print(h.attr)
print(Holder.attr)

class Ten:
    def __get__(self, obj, objtype):
        return 10
class UsesTen:
    x = Ten()
print(UsesTen().x, UsesTen.x)
class ReadOnly:
    def __get__(self, obj, objtype=None):
        return 42
    def __set__(self, obj, value):
        raise AttributeError("read-only")
class R:
    v = ReadOnly()
r = R()
try:
    r.v = 1
except AttributeError as e:
    print("AttributeError:", e)
print(r.v)
