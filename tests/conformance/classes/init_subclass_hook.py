class Plugin:
    registry = {}
    def __init_subclass__(cls, /, key=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.key = key or cls.__name__.lower()
        Plugin.registry[cls.key] = cls
        print("registered", cls.key)

class Csv(Plugin, key="csv"):
    pass
class Json(Plugin):
    pass
class Pretty(Json, key="pretty"):
    pass
print(sorted(Plugin.registry), Pretty.key, Json.key)
print(hasattr(Plugin, "key"))

class Counting:
    subclasses = 0
    @classmethod
    def __init_subclass__(cls):
        Counting.subclasses += 1
class A(Counting): pass
class B(A): pass
print(Counting.subclasses)
class Silent:
    pass
class Child(Silent, flavor=None) if False else Silent:
    pass
print(Child.__name__)
class Order:
    seen = []
    def __init_subclass__(cls, **kw):
        Order.seen.append((cls.__name__, sorted(kw.items())))
class X(Order, a=1, b=2):
    pass
T = type("T", (Order,), {}, c=3)
print(Order.seen)
