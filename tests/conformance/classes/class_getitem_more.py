class Vector:
    def __class_getitem__(cls, item):
        return f"{cls.__name__} of {getattr(item, '__name__', item)}"
print(Vector[float], Vector["int"])
from_alias = list[str]
print(from_alias, from_alias.__origin__, from_alias.__args__, from_alias("ab"))
print(dict[str, list[int]], tuple[()], set[int], frozenset[str])
print(list[int] == list[int], list[int] == list[str], type[int])
def annotated(a: dict[str, int]) -> list[str]:
    return list(a)
print(annotated({"k": 1}), annotated.__annotations__["return"])
