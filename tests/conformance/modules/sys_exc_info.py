# sys.exc_info() inside and outside handlers, nested handlers, after the handler ends.
import sys

print(sys.exc_info())
try:
    1 / 0
except ZeroDivisionError:
    kind, value, tb = sys.exc_info()
    print(kind, value, type(tb).__name__, value.__traceback__ is tb)
    try:
        {}["k"]
    except KeyError:
        print(sys.exc_info()[0].__name__, repr(sys.exc_info()[1]))
    print(sys.exc_info()[0].__name__)
print(sys.exc_info())


def inner():
    return sys.exc_info()[1]


try:
    raise ValueError("boom")
except ValueError:
    print(repr(inner()), sys.exception() is sys.exc_info()[1])
