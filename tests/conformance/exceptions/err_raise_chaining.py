e = ValueError()
try:
    e.__cause__ = 5
except TypeError as x:
    print("TypeError:", x)
try:
    e.__context__ = "str"
except TypeError as x:
    print("TypeError:", x)
try:
    e.__traceback__ = 1
except TypeError as x:
    print("TypeError:", x)
try:
    e.with_traceback(3)
except TypeError as x:
    print("TypeError:", x)
try:
    raise ValueError("x") from int
except TypeError as x:
    print("TypeError:", x)
def fail():
    try:
        raise KeyError("first")
    except KeyError as k:
        raise RuntimeError("second") from k
fail()
