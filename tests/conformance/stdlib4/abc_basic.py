# abc: abstract methods block instantiation until every one is overridden; ABC and
# ABCMeta; abstract properties, class methods and static methods.
from abc import ABC, ABCMeta, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return f"{type(self).__name__}: area {self.area()}, perimeter {self.perimeter()}"


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2

    def perimeter(self):
        return 4 * self.side


print(Square(3).describe())
print(sorted(Shape.__abstractmethods__), Square.__abstractmethods__, type(Shape).__name__)
print(isinstance(Square(1), Shape), issubclass(Square, Shape), issubclass(Shape, ABC))


class Base(metaclass=ABCMeta):
    @property
    @abstractmethod
    def name(self):
        ...

    @classmethod
    @abstractmethod
    def create(cls):
        ...

    @staticmethod
    @abstractmethod
    def version():
        ...


class Impl(Base):
    @property
    def name(self):
        return "impl"

    @classmethod
    def create(cls):
        return cls()

    @staticmethod
    def version():
        return 2


impl = Impl.create()
print(impl.name, Impl.version(), sorted(Base.__abstractmethods__))


class Partial(Shape):
    def area(self):
        return 0


print(sorted(Partial.__abstractmethods__))


class Complete(Partial):
    def perimeter(self):
        return 0


print(Complete().describe())


class WithSuper(ABC):
    @abstractmethod
    def greet(self):
        return "base greeting"


class Child(WithSuper):
    def greet(self):
        return super().greet() + " + child"


print(Child().greet())
