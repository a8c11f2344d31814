# Replay coverage for the object model: __slots__, __del__, metaclasses with __prepare__,
# __init_subclass__, __class_getitem__, exception groups and except*.
class Registry(type):
    created = []

    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        return {"kind": kw.get("kind", "plain")}

    def __new__(mcs, name, bases, ns, **kw):
        cls = super().__new__(mcs, name, bases, ns)
        Registry.created.append(name)
        return cls

    def __call__(cls, *args):
        inst = super().__call__(*args)
        inst.tag = cls.kind
        return inst


class Point(metaclass=Registry, kind="point"):
    __slots__ = ("x", "y", "tag")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __class_getitem__(cls, item):
        return (cls.__name__, item)


class Handle:
    log = []

    def __init__(self, name):
        self.name = name

    def __del__(self):
        Handle.log.append("closed " + self.name)


def use_handles():
    h = Handle("a")
    keep = Handle("b")
    del h
    return keep


kept = use_handles()
alias = dict[str, list[int]]
p = Point(1, 2)
p.x += 10
del p.y
print(p.x, hasattr(p, "y"), p.tag, Point[int], Registry.created, alias)


def failing(n):
    if n % 2:
        raise ValueError(n)
    raise TypeError(n)


errors = []
for i in range(3):
    try:
        failing(i)
    except Exception as e:
        errors.append(e)
try:
    try:
        raise ExceptionGroup("batch", errors)
    except* ValueError as group:
        print("values", [e.args[0] for e in group.exceptions])
except ExceptionGroup as rest:
    print("rest", repr(rest))
kept = None
print(Handle.log)
