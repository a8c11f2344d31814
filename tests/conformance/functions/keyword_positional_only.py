# Parameters before / are positional-only; parameters after * or *args are keyword-only.
def divide(numerator, denominator, /, *, round_to=None):
    result = numerator / denominator
    return result if round_to is None else round(result, round_to)


print(divide(10, 4), divide(10, 3, round_to=2))


def f(a, b, /, c, d=4, *, e, f=6):
    return (a, b, c, d, e, f)


print(f(1, 2, 3, e=5), f(1, 2, c=3, d=0, e=5), f(1, 2, 3, 4, e=5, f=0))
code = f.__code__
print(code.co_argcount, code.co_posonlyargcount, code.co_kwonlyargcount, code.co_varnames)
print(f.__defaults__, f.__kwdefaults__)


def names_free(self, /, **kwargs):
    return self, kwargs


print(names_free(1, self=2))


def only_keywords(*, width, height=1):
    return width * height


print(only_keywords(width=3), only_keywords(height=2, width=5))


def mixed(x, *args, scale):
    return [a * scale for a in (x,) + args]


print(mixed(1, 2, 3, scale=10))
print(sorted([3, 1, 2], reverse=True), "a-b".split("-", maxsplit=1), int("11", base=2))
lam = lambda a, /, b, *, c: (a, b, c)
print(lam(1, 2, c=3), lam(1, b=2, c=3), lam.__code__.co_posonlyargcount)


def defaults_only(a=1, /, b=2, *, c=3):
    return a, b, c


print(defaults_only(), defaults_only(9), defaults_only(b=8), defaults_only(7, 6, c=5))
