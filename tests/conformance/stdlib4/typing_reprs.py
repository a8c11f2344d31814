# The typing names and the reprs of their subscripted forms, __origin__/__args__,
# get_origin/get_args, equality and hashing of aliases.
import typing
from typing import (Any, Callable, ClassVar, Dict, Final, FrozenSet, Generator, Iterable,
                    Iterator, List, Literal, Mapping, Optional, Sequence, Set, Tuple, Type,
                    TypeVar, Union, get_args, get_origin)

T = TypeVar("T")
K = TypeVar("K", bound=str)
V_co = TypeVar("V_co", int, float, covariant=True)
print(T, K, V_co, T.__name__, K.__bound__, V_co.__constraints__, T.__constraints__)
forms = [Any, List[int], Dict[str, int], Set[int], FrozenSet[str], Tuple[int, str],
         Tuple[int, ...], Tuple[()], Optional[int], Union[int, str], Union[int, None, str],
         Union[int], Union[int, int, str], Optional[List[int]], Callable[[int, str], bool],
         Callable[..., int], Callable[[], None], Iterable[int], Iterator[str],
         Generator[int, None, str], Sequence[T], Mapping[K, V_co], Type[int], ClassVar[int],
         Final[str], Literal[1, "a", True], List, Dict, Callable, Tuple, Optional[None],
         typing.Deque[int], typing.DefaultDict[str, List[int]], typing.Counter[str],
         typing.OrderedDict[str, int], typing.NoReturn, typing.Hashable, typing.Sized, List[T]]
for form in forms:
    print(repr(form))
print(List[int].__origin__, List[int].__args__, Optional[int].__args__, List.__origin__)
print(get_origin(Dict[str, int]), get_args(Dict[str, int]), get_origin(Union[int, str]))
print(get_args(Callable[[int], str]), get_args(Literal[1, 2]), get_origin(int), get_args(int))
print(List[int] == List[int], List[int] == List[str], Union[int, str] == Union[str, int])
print(hash(List[int]) == hash(List[int]), Literal[1, 2] == Literal[2, 1], Dict[T, int][str])
print(List[T][int], Tuple[T, T][str], Optional[T][int], Dict[str, T].__parameters__)
print(List[int] | None, int | List[int], Optional[int] | str, T | None)
print(isinstance([], List), isinstance({}, Mapping), issubclass(list, Sequence), isinstance(1, Union[int, str]))
print(typing.Text, typing.AnyStr, typing.TYPE_CHECKING, typing.cast(int, "not an int"))
