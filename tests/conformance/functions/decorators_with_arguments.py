# A decorator with arguments is a function that returns a decorator.
import functools


def repeat(times):
    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            return [func(*args, **kwargs) for _ in range(times)]
        return wrapper
    return decorator


@repeat(3)
def roll(value):
    """Return the value."""
    return value


print(roll(6), roll.__name__, roll.__doc__, roll.__wrapped__(1))


def tag(name, **attributes):
    def decorator(func):
        def wrapper(*args):
            attrs = "".join(f' {k}="{v}"' for k, v in attributes.items())
            return f"<{name}{attrs}>{func(*args)}</{name}>"
        return wrapper
    return decorator


@tag("p", klass="note")
@tag("em")
def message(text):
    return text


print(message("careful"))


def validate(*types):
    def decorator(func):
        def wrapper(*args):
            for arg, expected in zip(args, types):
                if not isinstance(arg, expected):
                    return f"{func.__name__}: {arg!r} is not {expected.__name__}"
            return func(*args)
        return wrapper
    return decorator


@validate(int, int)
def multiply(a, b):
    return a * b


print(multiply(6, 7), multiply(6, "7"))
handlers = {}


def on(event):
    def decorator(func):
        handlers.setdefault(event, []).append(func.__name__)
        return func
    return decorator


@on("start")
def init():
    pass


@on("start")
@on("stop")
def log():
    pass


print(handlers)


@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(50), fib.cache_info())
dec = repeat(2)
print(dec(lambda: "x")(), repeat(0)(len)("abc"))
