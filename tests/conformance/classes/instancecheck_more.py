class Interface(type):
    def __instancecheck__(cls, obj):
        return all(hasattr(obj, m) for m in cls.methods)
    def __subclasscheck__(cls, sub):
        return all(hasattr(sub, m) for m in cls.methods)
class Sized(metaclass=Interface):
    methods = ("__len__",)
class Closeable(metaclass=Interface):
    methods = ("close",)
class File:
    def close(self):
        pass
print(isinstance([], Sized), isinstance(3, Sized), isinstance(File(), Closeable))
print(issubclass(dict, Sized), issubclass(int, Sized), issubclass(File, (Sized, Closeable)))
print([isinstance(x, (int, Sized)) for x in (1, "a", 2.5, {})])
class Plain:
    pass
class Sub(Plain):
    pass
print(isinstance(Sub(), Plain), issubclass(Sub, Sub), issubclass(Plain, Sub), isinstance(Plain, type))
