# order=True comparisons, frozen instances, hashing rules and unsafe_hash.
from dataclasses import FrozenInstanceError, dataclass, field


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False)


versions = [Version(1, 2), Version(0, 9), Version(1, 0, "rc"), Version(1, 2, "final")]
print(sorted(versions))
print(Version(1) < Version(1, 1), Version(2) >= Version(1, 9), Version(1, 2) <= Version(1, 2, "x"))
print(max(versions), min(versions))


@dataclass(frozen=True)
class Coordinate:
    lat: float
    lon: float


c = Coordinate(51.5, -0.1)
print(c, hash(c) == hash(Coordinate(51.5, -0.1)), {c: "london"}[Coordinate(51.5, -0.1)])
try:
    c.lat = 0
except FrozenInstanceError as exc:
    print(type(exc).__name__, exc, isinstance(exc, AttributeError))
try:
    del c.lon
except AttributeError as exc:
    print(exc)
try:
    c.extra = 1
except FrozenInstanceError as exc:
    print(exc)


@dataclass
class Mutable:
    x: int


print(Mutable.__hash__)
try:
    hash(Mutable(1))
except TypeError as exc:
    print(exc)


@dataclass(unsafe_hash=True)
class Hashed:
    x: int
    y: list = field(hash=False, default=None)


print(hash(Hashed(1)) == hash(Hashed(1, [1])), Hashed(1) == Hashed(1, [1]))


@dataclass(eq=False)
class Identity:
    x: int


i = Identity(1)
print(i == Identity(1), i == i, Identity.__hash__ is object.__hash__)


@dataclass(frozen=True, order=True)
class Card:
    rank: int
    suit: str


hand = {Card(10, "h"), Card(2, "s"), Card(10, "h")}
print(sorted(hand), len(hand))
