# The everyday builtins: len, type, callable, the attribute functions, repr/ascii/format,
# iter/next, vars/dir, and the constructors.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


p = Point(1, 2)
print(len("abc"), len([1, 2]), len({}), len(range(10, 0, -3)), len({1: 2}.items()))
print(type(p).__name__, type(1), type("s"), type(None), type(type), type(len).__name__)
print(callable(len), callable(p), callable(Point), callable(lambda: 0), callable(3))
print(getattr(p, "x"), getattr(p, "z", "default"), hasattr(p, "y"), hasattr(p, "z"))
setattr(p, "z", 3)
delattr(p, "x")
print(vars(p), sorted(vars(p)), "z" in dir(p), "x" in dir(p))
print(repr("a'b"), ascii("naïve"), format(3.14159, ".2f"), format(42, "08b"), format("x", "^5"))
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "done"), next(iter(""), None))
print(list("abc"), tuple([1, 2]), dict(a=1), set("aab") == {"a", "b"}, frozenset([1]) == {1})
print(str(12), int("12"), float("1.5"), bool([]), list(range(3)), dict([("k", "v")]))
print(min(3, 1, 2), max("abc"), sum([1, 2, 3]), sorted("cab"), list(reversed("abc")))
print(list(enumerate("ab", 1)), list(zip("ab", [1, 2])), list(map(str.upper, "ab")))
print(list(filter(None, [0, 1, "", "a"])), any([0, 1]), all([]), slice(1, 5, 2))
print(isinstance(object(), object), type(object()).__name__, id(p) == id(p))
print(globals()["Point"] is Point, "p" in locals(), divmod(7, 2), abs(-1), round(2.5))
print(bool(0.0), bool("0"), str(None), repr(print)[:19])
print(sorted(set(dir([])) & {"append", "pop", "sort"}), hasattr(str, "join"))
print(hex(id(p)) == hex(id(p)), max([], default="empty"), min([4], default=0))
