# CPython's messages for calls that do not fit the parameters.
def f(a, b, /, c, *, d, e=5):
    return a, b, c, d, e


def g(x, y=2):
    return x, y


def h(*, key):
    return key


calls = [
    lambda: f(),
    lambda: f(1, 2),
    lambda: f(1, 2, 3),
    lambda: f(1, 2, 3, 4, d=1),
    lambda: f(1, b=2, c=3, d=4),
    lambda: f(a=1, b=2, c=3, d=4),
    lambda: f(1, 2, 3, d=4, z=0),
    lambda: f(1, 2, 3, c=3, d=4),
    lambda: g(),
    lambda: g(1, 2, 3),
    lambda: g(1, x=1),
    lambda: g(y=1),
    lambda: g(1, 2, y=3),
    lambda: h(1),
    lambda: h(),
    lambda: h(key=1, other=2),
    lambda: (lambda: 0)(1),
    lambda: (lambda a, b: 0)(1),
    lambda: len(),
    lambda: len([1], [2]),
    lambda: len(obj=[1]),
    lambda: "abc".split(1, 2, 3),
    lambda: print(1, sepp=" "),
]
for number, call in enumerate(calls, 1):
    try:
        print(number, call())
    except TypeError as e:
        print(number, "TypeError:", e)
g(1, 2, z=3)
