# auto() values, _generate_next_value_, @unique, _order_, _ignore_ and the functional API.
from enum import Enum, IntEnum, auto, unique


class Step(Enum):
    FIRST = auto()
    SECOND = auto()
    TENTH = 10
    ELEVENTH = auto()


print(list(Step), [s.value for s in Step])


class Lowered(Enum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() + str(count)

    NORTH = auto()
    SOUTH = auto()


print(list(Lowered))


@unique
class Direction(Enum):
    UP = 1
    DOWN = 2


print(list(Direction))


class Ordered(Enum):
    _order_ = "ONE TWO THREE"
    ONE = 1
    TWO = 2
    THREE = 3


print([m.name for m in Ordered])


class Period(Enum):
    _ignore_ = "day"
    day = None
    MORNING = 1
    EVENING = 2


print(list(Period), hasattr(Period, "day"))

Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, Animal(3), repr(Animal), Animal.__module__)
Shape = Enum("Shape", [("SQUARE", 4), ("TRIANGLE", 3)])
print(list(Shape), Shape(3))
Grade = IntEnum("Grade", {"A": 90, "B": 80})
print(list(Grade), Grade.A > Grade.B, Grade.A + 0)
Zero = Enum("Zero", "X Y", start=0)
print([z.value for z in Zero])
Commas = Enum("Commas", "ONE, TWO,THREE")
print([c.name for c in Commas])
