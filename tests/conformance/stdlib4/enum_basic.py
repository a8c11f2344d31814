# Enum: members, their name and value, lookup by value and by name, iteration, aliases,
# identity, hashing, and the reprs and strs of CPython 3.11.
from enum import Enum


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1


print(Color.RED, repr(Color.RED), str(Color.GREEN), f"{Color.BLUE}", format(Color.BLUE, ""))
print(Color.RED.name, Color.RED.value, type(Color.RED), type(Color.RED.value))
print(Color(2), Color["BLUE"], Color(1) is Color.RED, Color.CRIMSON is Color.RED)
print(list(Color), len(Color), list(reversed(Color)))
print(Color.__members__)
print(repr(Color.__members__), type(Color.__members__).__name__)
print(list(Color.__members__), [m.name for m in Color.__members__.values()])
print(Color.RED in Color, Color.RED == Color.RED, Color.RED != Color.BLUE, Color.RED == 1)
print({Color.RED: "stop", Color.GREEN: "go"}[Color.CRIMSON])
print(repr(Color), Color.__name__, type(Color).__name__, isinstance(Color.RED, Color))
print(sorted(Color, key=lambda c: c.name), max(Color, key=lambda c: c.value))
print(getattr(Color, "GREEN"), Color.RED.__class__ is Color)
print(dir(Color))
print(dir(Color.RED))


class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


for planet in Planet:
    print(planet.name, planet.value, round(planet.surface_gravity, 2))
print(Planet((5.976e24, 6.37814e6)), repr(Planet.EARTH))


class Status(Enum):
    ACTIVE = "active"
    INACTIVE = "inactive"

    def describe(self):
        return f"{self.name.lower()} ({self.value})"

    @classmethod
    def default(cls):
        return cls.ACTIVE

    def __str__(self):
        return self.value.upper()


print(Status.ACTIVE.describe(), Status.default(), str(Status.INACTIVE), Status("inactive"))
print(f"{Status.ACTIVE}", repr(Status.ACTIVE))
for status in Status:
    if status is Status.INACTIVE:
        print("found inactive")
