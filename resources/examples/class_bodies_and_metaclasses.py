# Class bodies and metaclasses. Watch a class body run like a function: its frame's
# variables are the future class attributes. Then the metaclass's __new__ receives them as
# a dict (namespace) before the class object exists; Registry.classes fills as each class
# statement ends.


class Registry(type):
    classes = []

    def __new__(mcls, name, bases, namespace):
        namespace["tag"] = name.lower()
        cls = super().__new__(mcls, name, bases, namespace)
        mcls.classes.append(name)
        return cls


class Shape(metaclass=Registry):
    sides = 0

    def describe(self):
        return f"{self.tag} with {self.sides} sides"


class Square(Shape):
    sides = 4


print(Square().describe())
print(Registry.classes, type(Square).__name__)
