# A decorator takes a function and returns its replacement; @ applies it at definition.
def shout(func):
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs).upper() + "!"
    return wrapper


@shout
def greet(name):
    return "hello " + name


print(greet("ann"), greet.__name__)
call_log = []


def logged(func):
    def wrapper(*args):
        call_log.append((func.__name__, args))
        return func(*args)
    wrapper.__name__ = func.__name__
    wrapper.__doc__ = func.__doc__
    return wrapper


@logged
def add(a, b):
    """Add two numbers."""
    return a + b


print(add(2, 3), add(10, 20), call_log, add.__name__, add.__doc__)


def bold(func):
    return lambda: "<b>" + func() + "</b>"


def italic(func):
    return lambda: "<i>" + func() + "</i>"


@bold
@italic
def text():
    return "hi"


print(text())
registry = {}


def register(func):
    registry[func.__name__] = func
    return func


@register
def first():
    return 1


@register
def second():
    return 2


print(sorted(registry), registry["second"](), first())


def count_calls(func):
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return func(*args, **kwargs)
    wrapper.calls = 0
    return wrapper


@count_calls
def work(x):
    return x * 2


print(work(1), work(2), work(3), work.calls)
print(type(work).__name__, work.__code__.co_freevars)
