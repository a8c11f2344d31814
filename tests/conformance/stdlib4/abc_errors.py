# abc's errors: instantiating abstract classes (one or several missing methods), bad
# register() calls and abstract methods reached through super().
from abc import ABC, ABCMeta, abstractmethod


class Animal(ABC):
    @abstractmethod
    def speak(self):
        ...

    @abstractmethod
    def move(self):
        ...


class Dog(Animal):
    def speak(self):
        return "woof"


def attempt(label, action):
    try:
        print(label, "->", action())
    except (TypeError, RuntimeError) as exc:
        print(label, "->", type(exc).__name__ + ":", exc)


class Registry(metaclass=ABCMeta):
    pass


class Concrete(Registry):
    pass


attempt("abstract base", lambda: Animal())
attempt("one missing", lambda: Dog())
attempt("register non-class", lambda: Registry.register(5))
attempt("register cycle", lambda: Concrete.register(Registry))
attempt("register subclass", lambda: Registry.register(Concrete).__name__)
attempt("issubclass non-class", lambda: issubclass(3, Registry))
attempt("abstract with args", lambda: Animal(1, 2))


class Empty(ABC):
    pass


print(type(Empty()).__name__, Empty.__abstractmethods__)
Dog()
