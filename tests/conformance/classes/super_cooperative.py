class Root:
    def __init__(self, **kw):
        print("Root", sorted(kw))

class Color(Root):
    def __init__(self, color="red", **kw):
        print("Color", color)
        super().__init__(**kw)

class Shape(Root):
    def __init__(self, sides=0, **kw):
        print("Shape", sides)
        super().__init__(**kw)

class Tile(Color, Shape):
    def __init__(self, **kw):
        print("Tile")
        super().__init__(**kw)

Tile(color="blue", sides=4, extra=1)
print([c.__name__ for c in Tile.__mro__])

class Counter:
    calls = []
    def step(self):
        Counter.calls.append("Counter")
class Logged(Counter):
    def step(self):
        Counter.calls.append("Logged")
        super().step()
class Timed(Counter):
    def step(self):
        Counter.calls.append("Timed")
        super().step()
class Both(Logged, Timed):
    pass
Both().step()
print(Counter.calls)

class Meta(type):
    def create(cls):
        return "created " + cls.__name__
class WithMeta(metaclass=Meta):
    @classmethod
    def make(cls):
        return super().__init_subclass__
print(WithMeta.create())
print(callable(WithMeta.make()))
