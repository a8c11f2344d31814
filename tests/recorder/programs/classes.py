class Shape:
    sides = 0

    def __init__(self, name):
        self.name = name

    def describe(self):
        return f"{self.name} with {self.sides} sides"

    def __repr__(self):
        return f"Shape({self.name!r})"


class Square(Shape):
    sides = 4

    def __init__(self, size):
        super().__init__("square")
        self.size = size

    @property
    def area(self):
        return self.size * self.size

    def __eq__(self, other):
        return isinstance(other, Square) and other.size == self.size


class Empty(Exception):
    pass


shapes = [Shape("blob"), Square(3)]
print([s.describe() for s in shapes], shapes[1].area, Square(2) == Square(2))
try:
    raise Empty("nothing here")
except Empty as error:
    print(type(error).__name__, error)
