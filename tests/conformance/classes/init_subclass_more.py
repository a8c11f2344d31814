class Validated:
    required = ()
    def __init_subclass__(cls, required=(), **kw):
        super().__init_subclass__(**kw)
        cls.required = tuple(cls.required) + tuple(required)
class Base(Validated, required=("id",)):
    pass
class User(Base, required=("name",)):
    pass
print(Base.required, User.required, Validated.required)
class Tracker:
    children = []
    def __init_subclass__(cls):
        Tracker.children.append(cls.__qualname__)
def make():
    class Inner(Tracker):
        pass
    return Inner
make()
class Outer:
    class Nested(Tracker):
        pass
print(Tracker.children)
class Mixin:
    def __init_subclass__(cls, **kw):
        print("Mixin sees", cls.__name__, kw)
        super().__init_subclass__(**kw)
class Final(Mixin, flag=True):
    pass
