# dir() lists what getattr() answers: the natively held attributes of functions, code objects,
# numbers, generators and exceptions, and the operator methods of built-in types.
class Point:
    """A point."""

    def __init__(self, x):
        self.x = x


class Plain:
    pass


def function(a, b=1):
    return a


def generator():
    yield 1


objects = [object(), Point, Point(1), Plain(), function, function.__code__, 1, 2.5, 1j, True,
           "text", [1], (1,), {1: 2}, {1}, b"b", generator(), ValueError("v"), len, range(3),
           slice(1, 2), Point(1).__init__, None]
for obj in objects:
    missing = [name for name in dir(obj) if not hasattr(obj, name)]
    print(type(obj).__name__, missing)

wanted = {
    "function": (function, ["__code__", "__defaults__", "__globals__", "__name__", "__closure__"]),
    "code": (function.__code__, ["co_argcount", "co_varnames", "co_consts", "co_name"]),
    "int": (1, ["__radd__", "__neg__", "__index__", "__abs__", "real", "numerator", "as_integer_ratio"]),
    "float": (2.5, ["__rsub__", "__float__", "__int__", "real", "imag"]),
    "list": ([1], ["__iadd__", "__imul__", "__rmul__", "__add__"]),
    "instance": (Point(1), ["x", "__init__", "__dict__", "__doc__", "__class__"]),
    "generator": (generator(), ["gi_frame", "gi_code", "gi_running", "send", "throw"]),
    "exception": (ValueError("v"), ["args", "__traceback__", "__cause__", "__context__"]),
}
for label, (obj, names) in wanted.items():
    print(label, [name for name in names if name in dir(obj)] == names)
print("__radd__" in dir([]), "__radd__" in dir(""), "__rmul__" in dir(""))
print(Plain.__doc__, Point.__doc__, Plain().__doc__)
print(Plain().__init__.__name__, repr(Plain().__init__).split(" at ")[0])
print((5).__radd__(2), (5).__neg__(), "ab".__rmul__(3), (2.0).__rtruediv__(1), [1].__rmul__(2))
x = [1]
print(x.__iadd__([2]) is x, x, {1}.__ior__({2}), (7).__index__(), (3).__float__())
print((10).as_integer_ratio(), True.as_integer_ratio())
for attempt in [lambda: object.__init__(object(), 1), lambda: object.__init__(Plain(), 1),
                lambda: object.__init__(Point(1), 1), lambda: Plain(1)]:
    try:
        attempt()
    except TypeError as e:
        print(e)
