# __post_init__, InitVar, init=False fields, ClassVar, inheritance and keyword-only fields.
from dataclasses import KW_ONLY, InitVar, dataclass, field, fields
from typing import ClassVar


@dataclass
class Rectangle:
    width: float
    height: float
    area: float = field(init=False)
    scale: InitVar[float] = 1.0
    count: ClassVar[int] = 0

    def __post_init__(self, scale):
        self.width *= scale
        self.height *= scale
        self.area = self.width * self.height
        Rectangle.count += 1


print(Rectangle(2, 3), Rectangle(2, 3, 10), Rectangle.count)
print([f.name for f in fields(Rectangle)])


@dataclass
class Base:
    x: int
    y: int = 10


@dataclass
class Derived(Base):
    z: int = 20
    x: int = 5


print(Derived(), Derived(1, 2, 3), [f.name for f in fields(Derived)])


@dataclass
class Options:
    name: str
    _: KW_ONLY
    verbose: bool = False
    level: int = 1


print(Options("run", verbose=True), Options("x", level=3))


@dataclass(kw_only=True)
class Config:
    host: str
    port: int = 80


print(Config(host="h"), Config(port=8080, host="k"))


@dataclass
class Temperature:
    celsius: float

    @property
    def fahrenheit(self):
        return self.celsius * 9 / 5 + 32


print(Temperature(100).fahrenheit)


class Mixin:
    def describe(self):
        return f"{type(self).__name__} with {len(self.__dict__)} fields"


@dataclass
class Item(Mixin):
    name: str
    price: float = 0.0


print(Item("pen", 1.5).describe())


@dataclass
class Validated:
    value: int

    def __post_init__(self):
        if self.value < 0:
            raise ValueError(f"negative value: {self.value}")


print(Validated(3))
try:
    Validated(-1)
except ValueError as exc:
    print("ValueError:", exc)
