# IntEnum (members that are ints) and enums mixing in another number type.
from enum import Enum, IntEnum


class Priority(IntEnum):
    LOW = 1
    MEDIUM = 5
    HIGH = 10


print(Priority.HIGH, repr(Priority.HIGH), str(Priority.LOW), f"{Priority.MEDIUM:>4}")
print(Priority.HIGH > Priority.LOW, Priority.MEDIUM == 5, Priority.LOW + 1, Priority.HIGH * 2)
print(sorted([Priority.HIGH, Priority.LOW, Priority.MEDIUM]), int(Priority.MEDIUM))
print([0, 1, 2, 3, 4, 5][Priority.MEDIUM], isinstance(Priority.LOW, int), Priority(10))
print(hash(Priority.LOW) == hash(1), {1: "one"}[Priority.LOW], Priority.LOW.real)
print(max(Priority), Priority.HIGH.name, Priority.HIGH.value, type(Priority.HIGH.value))


class Size(float, Enum):
    SMALL = 1.5
    LARGE = 3.0


print(Size.SMALL, repr(Size.LARGE), Size.SMALL * 2, Size(3.0), f"{Size.LARGE}")


class Weekday(IntEnum):
    MONDAY = 1
    TUESDAY = 2

    def is_start(self):
        return self is Weekday.MONDAY


print(Weekday.MONDAY.is_start(), Weekday(2).is_start(), Weekday.TUESDAY - Weekday.MONDAY)
