# IntEnum and StrEnum (members that are ints and strs), and enums mixing in a data type.
from enum import Enum, IntEnum, StrEnum


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


class Method(StrEnum):
    GET = "GET"
    POST = "POST"


print(Method.GET, repr(Method.POST), Method.GET == "GET", Method.POST.lower(), len(Method.POST))
print(f"{Method.GET}!", "-".join(Method), Method("POST") is Method.POST)
print(Method.GET + "/index", isinstance(Method.GET, str), sorted(Method))


class Size(float, Enum):
    SMALL = 1.5
    LARGE = 3.0


print(Size.SMALL, repr(Size.LARGE), Size.SMALL * 2, Size(3.0), f"{Size.LARGE}")


class Rgb(tuple, Enum):
    RED = (255, 0, 0)
    BLACK = (0, 0, 0)


print(Rgb.RED, Rgb.RED[0], len(Rgb.BLACK), Rgb((0, 0, 0)))


class Weekday(IntEnum):
    MONDAY = 1
    TUESDAY = 2

    def is_start(self):
        return self is Weekday.MONDAY


print(Weekday.MONDAY.is_start(), Weekday(2).is_start(), Weekday.TUESDAY - Weekday.MONDAY)
