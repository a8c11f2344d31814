# Positional sub-patterns map to attributes through __match_args__.
class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Point3D(Point):
    __match_args__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


def where(p):
    match p:
        case Point3D(0, 0, 0):
            return "3D origin"
        case Point3D(x, y, z):
            return f"3D {x} {y} {z}"
        case Point(0, 0):
            return "origin"
        case Point(0, y):
            return f"on the y axis at {y}"
        case Point(x, 0):
            return f"on the x axis at {x}"
        case Point():
            return "somewhere"
        case _:
            return "not a point"


for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(1, 1), Point3D(0, 0, 0), Point3D(1, 2, 3), (0, 0)]:
    print(where(p))
