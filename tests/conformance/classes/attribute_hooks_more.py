# __setattr__ and __delattr__ together with properties that have setters and deleters:
# which hook runs for each statement, what object.__setattr__ does, and the errors of
# missing setters, deleters and attributes.
class Audited:
    def __init__(self):
        object.__setattr__(self, "log", [])
        self.value = 1

    def __setattr__(self, name, value):
        self.log.append(("set", name, value))
        super().__setattr__(name, value)

    def __delattr__(self, name):
        self.log.append(("del", name))
        if name == "log":
            raise AttributeError("the log stays")
        super().__delattr__(name)

    @property
    def double(self):
        return self.value * 2

    @double.setter
    def double(self, amount):
        self.value = amount // 2

    @double.deleter
    def double(self):
        self.value = 0


a = Audited()
a.double = 10
print(a.value, a.double)
del a.double
print(a.value, a.double)
a.extra = "x"
del a.extra
print(a.log)
try:
    del a.log
except AttributeError as error:
    print("AttributeError:", error)
try:
    del a.missing
except AttributeError as error:
    print("AttributeError:", error)


class ReadOnly:
    @property
    def size(self):
        return 3


r = ReadOnly()
for action in ("set", "del"):
    try:
        if action == "set":
            r.size = 4
        else:
            del r.size
    except AttributeError as error:
        print(action, "AttributeError:", error)


class Frozen:
    __slots__ = ("x",)

    def __init__(self, x):
        object.__setattr__(self, "x", x)

    def __setattr__(self, name, value):
        raise TypeError(f"{type(self).__name__} is frozen: cannot set {name}")

    def __delattr__(self, name):
        raise TypeError(f"{type(self).__name__} is frozen: cannot delete {name}")


f = Frozen(5)
print(f.x)
for attempt in (lambda: setattr(f, "x", 6), lambda: delattr(f, "x"), lambda: setattr(f, "y", 1)):
    try:
        attempt()
    except TypeError as error:
        print("TypeError:", error)
object.__delattr__(f, "x")
try:
    print(f.x)
except AttributeError as error:
    print("AttributeError:", error)
try:
    object.__setattr__(f, "y", 1)
except AttributeError as error:
    print("AttributeError:", error)
try:
    object.__setattr__(1, "real", 2)
except AttributeError as error:
    print("AttributeError:", error)
del r.size
