# typing's errors: wrong numbers of parameters, instantiating special forms, isinstance with
# subscripted generics, bad TypeVars and Generic misuse.
import typing
from typing import (Any, Callable, ClassVar, Dict, Generic, List, Optional, Protocol, Tuple,
                    TypeVar, Union)

T = TypeVar("T")


def attempt(label, action):
    try:
        print(label, "->", action())
    except (TypeError, ValueError, NotImplementedError) as exc:
        print(label, "->", type(exc).__name__ + ":", exc)


class Box(Generic[T]):
    pass


class Plain:
    pass


class Shape(Protocol):
    def area(self) -> float:
        ...


def subclass_union():
    class Bad(Union[int, str]):
        pass


def plain_generic():
    class Bad(Generic):
        pass


attempt("Dict[int]", lambda: Dict[int])
attempt("List[int, str]", lambda: List[int, str])
attempt("Optional two", lambda: Optional[int, str])
attempt("Union empty", lambda: Union[()])
attempt("ClassVar two", lambda: ClassVar[int, str])
attempt("Callable shape", lambda: Callable[[int]])
attempt("Generic[int]", lambda: Generic[int])
attempt("Generic[T, T]", lambda: Generic[T, T])
attempt("Box[int, str]", lambda: Box[int, str])
attempt("tuple subscript", lambda: Tuple[int][str])
attempt("union subscript", lambda: Union[int, str][int])
attempt("List()", lambda: List())
attempt("Any()", lambda: Any())
attempt("Union()", lambda: Union())
attempt("isinstance generic", lambda: isinstance([], List[int]))
attempt("isinstance Any", lambda: isinstance(1, Any))
attempt("isinstance protocol", lambda: isinstance(1, Shape))
attempt("protocol instance", lambda: Shape())
attempt("bivariant", lambda: TypeVar("X", covariant=True, contravariant=True))
attempt("one constraint", lambda: TypeVar("X", int))
attempt("bound and constraints", lambda: TypeVar("X", int, str, bound=int))
attempt("call TypeVar", lambda: T())
attempt("subclass union", subclass_union)
attempt("plain Generic", plain_generic)
attempt("not generic", lambda: Plain[int] if hasattr(Plain, "__class_getitem__") else List[int][int])
attempt("overload call", lambda: typing.overload(lambda x: x)(1))
print("done")
List[int, int]
