# User generic classes (Generic[T]), typing.NamedTuple, TypedDict, Protocol with
# runtime_checkable, overload, NewType, cast and TYPE_CHECKING.
from typing import (TYPE_CHECKING, Dict, Generic, Iterator, List, NamedTuple, NewType,
                    Optional, Protocol, TypedDict, TypeVar, cast, overload,
                    runtime_checkable)

T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()

    def __iter__(self) -> Iterator[T]:
        return iter(self.items)


s = Stack[int]()
s.push(1)
s.push(2)
print(s.pop(), list(s), Stack[int], Stack.__parameters__, Stack[str] == Stack[str])
print(Stack.__mro__, Stack.__orig_bases__)


class Pair(Generic[K, V]):
    def __init__(self, key: K, value: V):
        self.key, self.value = key, value


class NamedPair(Pair[str, V]):
    pass


print(Pair[str, int], NamedPair.__parameters__, NamedPair[float], NamedPair("a", 1).key)


class Employee(NamedTuple):
    name: str
    dept: str = "eng"
    level: int = 1

    def badge(self) -> str:
        return f"{self.name}@{self.dept}"


e = Employee("ann")
print(e, e.badge(), Employee._fields, Employee._field_defaults, Employee.__annotations__)
print(e._replace(level=2), isinstance(e, tuple), Employee("bob", "ops", 3)[1])
Point = NamedTuple("Point", [("x", int), ("y", int)])
print(Point(1, 2), Point.__annotations__)


class Movie(TypedDict):
    title: str
    year: int


class Sequel(Movie, total=False):
    prequel: str


m = Movie(title="Up", year=2009)
print(m, type(m), Movie.__annotations__, sorted(Movie.__required_keys__))
print(sorted(Sequel.__required_keys__), sorted(Sequel.__optional_keys__), Sequel.__total__)


@runtime_checkable
class Closeable(Protocol):
    def close(self) -> None:
        ...


class File:
    def close(self) -> None:
        print("file closed")


class Other:
    pass


for obj in (File(), Other(), 3):
    print(type(obj).__name__, isinstance(obj, Closeable))


class Greeter(Protocol):
    def greet(self) -> str:
        ...


class English:
    def greet(self) -> str:
        return "hello"


def welcome(g: Greeter) -> str:
    return g.greet()


print(welcome(English()))


@overload
def double(x: int) -> int:
    ...


@overload
def double(x: str) -> str:
    ...


def double(x):
    return x * 2


print(double(2), double("ab"))
UserId = NewType("UserId", int)
uid = UserId(42)
print(uid, type(uid), UserId, UserId.__supertype__)
value = cast(Dict[str, int], {"a": 1})
print(value, TYPE_CHECKING)
if TYPE_CHECKING:
    print("never printed")
maybe: Optional[int] = None
print(maybe)
