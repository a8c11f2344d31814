class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__ if isinstance(item, type) else item!r}]"
print(Box[int], Box["x"], Box[1])
class Sub(Box):
    pass
print(Sub[str])
print(list[int], dict[str, int], tuple[int, ...], type[Box])
print(list[int]([1, 2]), list[int].__origin__ is list, list[int].__args__)
class Registry:
    types = {}
    @classmethod
    def __class_getitem__(cls, key):
        return cls.types.setdefault(key, type(f"{cls.__name__}_{key}", (cls,), {}))
r1 = Registry["a"]
print(r1.__name__, Registry["a"] is r1, issubclass(r1, Registry))
class WithGetitem:
    def __getitem__(self, k):
        return "instance " + str(k)
    def __class_getitem__(cls, k):
        return "class " + str(k)
print(WithGetitem()[1], WithGetitem[1])
def f(x: list[int]) -> dict[str, list[int]]:
    return {"x": x}
print(f.__annotations__)
