# wraps/update_wrapper copy the wrapped function's metadata and set __wrapped__.
import functools


def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        "wrapper doc"
        result = fn(*args, **kwargs)
        print("called", fn.__name__, args, kwargs, "->", result)
        return result
    return wrapper


@logged
def add(a: int, b: int = 0) -> int:
    "Add two numbers."
    return a + b


print(add(2, 3), add.__name__, add.__doc__, add.__qualname__, add.__module__)
print(add.__wrapped__(10), add.__annotations__)
add.__wrapped__.tag = "x"


def plain():
    pass


plain.attr = 42
w = functools.update_wrapper(lambda: None, plain)
print(w.__name__, w.attr, w.__wrapped__ is plain)
only_name = functools.update_wrapper(lambda: 1, plain, assigned=("__name__",), updated=())
print(only_name.__name__, only_name.__doc__, hasattr(only_name, "attr"))
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
