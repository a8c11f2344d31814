class Point:
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = Point(1, 2)
q = Point(3, 4)
print(p.__dict__, q.__dict__)
p.dims = 3
print(p.dims, q.dims, Point.dims)
del p.dims
print(p.dims)
p.__dict__["z"] = 9
print(p.z, sorted(vars(p)))
Point.dims = 5
print(q.dims)
print(sorted(k for k in Point.__dict__ if not k.startswith("__")))
print(Point.__dict__["dims"])
print(Point.__name__, Point.__qualname__, Point.__module__)
class Outer:
    class Inner:
        def m(self):
            pass
print(Outer.Inner.__qualname__, Outer.Inner.m.__qualname__)
print(hasattr(p, "x"), hasattr(p, "nope"), getattr(p, "nope", "dflt"))
setattr(p, "w", 7)
print(p.w)
delattr(p, "w")
print(hasattr(p, "w"))
p.__dict__ = {"a": 1}
print(p.a, hasattr(p, "x"))
print(p.__class__.__name__)
class Other:
    pass
p.__class__ = Other
print(type(p).__name__, isinstance(p, Other))
