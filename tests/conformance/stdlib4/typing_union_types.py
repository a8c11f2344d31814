# PEP 604 unions (int | None): types.UnionType in annotations, isinstance and issubclass,
# equality, and how typing.Union and get_args see them; and their errors.
import types
import typing


def lookup(key: str | int, default: list[int] | None = None) -> dict[str, int] | None:
    return None


print(lookup.__annotations__)
print(int | None, None | int, int | str | None, int | int, type(int | str) is types.UnionType)
print((int | str) == (str | int), (int | str).__args__, hash(int | str) == hash(str | int))
print(list[int] | None, (int | None) | (str | bytes), typing.Union[int | str, bytes])
print(isinstance(3, int | str), isinstance(None, int | None), isinstance(2.5, int | str))
print(issubclass(bool, int | str), issubclass(float, int | str), isinstance(1, int | list[int]))
print(typing.get_args(int | None), typing.get_origin(int | None) is types.UnionType)
print(typing.Optional[int] | str, int | typing.List[int])


class Node:
    pass


print(Node | None, {int | str: "key"}[str | int])
for check in (lambda: int | 3, lambda: int | "str", lambda: isinstance("a", int | list[int]),
              lambda: issubclass(str, int | list[int])):
    try:
        print(check())
    except TypeError as exc:
        print("TypeError:", exc)
"text" | int
