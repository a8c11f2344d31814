# Decorator mistakes: forgetting to return the wrapper, forgetting the call parentheses,
# and errors raised by the decorated function.
def forgot_return(func):
    def wrapper(*args):
        return func(*args)


@forgot_return
def hello():
    return "hello"


print(hello)
try:
    hello()
except TypeError as e:
    print("TypeError:", e)


def repeat(times):
    def decorator(func):
        def wrapper(*args):
            return [func(*args) for _ in range(times)]
        return wrapper
    return decorator


@repeat
def shout(word):
    return word.upper()


result = shout("hi")
print(result.__qualname__, shout.__name__)
try:
    print(result("x"))
except TypeError as e:
    print("TypeError:", e)
try:
    @repeat("3")
    def twice():
        return 2
    twice()
except TypeError as e:
    print("TypeError:", e)


def checked(func):
    def wrapper(x):
        if x < 0:
            raise ValueError(f"{func.__name__} needs x >= 0, got {x}")
        return func(x)
    return wrapper


@checked
def root(x):
    return x ** 0.5


print(root(16))
try:
    root(-4)
except ValueError as e:
    print("ValueError:", e)
try:
    @undefined_decorator
    def never():
        pass
except NameError as e:
    print("NameError:", e)
print(root(-1))
