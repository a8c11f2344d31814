# Function attributes have types they must keep; missing attributes and empty cells raise.
def f(a=1):
    return a


def outer():
    def inner():
        return later
    cell = inner.__closure__[0]
    try:
        print(cell.cell_contents)
    except ValueError as e:
        print("ValueError:", e)
    later = 5
    return cell.cell_contents


print(outer())
tests = [
    lambda: setattr(f, "__name__", 3),
    lambda: setattr(f, "__qualname__", None),
    lambda: setattr(f, "__defaults__", [1]),
    lambda: setattr(f, "__kwdefaults__", (1,)),
    lambda: setattr(f, "__code__", "code"),
    lambda: setattr(f, "__dict__", []),
    lambda: f.missing,
    lambda: delattr(f, "__name__"),
    lambda: f.__closure__[0],
    lambda: setattr(f, "__closure__", ()),
]
for number, test in enumerate(tests, 1):
    try:
        print(number, test())
    except (TypeError, AttributeError, ValueError) as e:
        print(number, type(e).__name__ + ":", e)
f.__defaults__ = None
print(f.__defaults__)
print(f())
