# functools' TypeErrors and ValueErrors.
import functools

cases = [
    lambda: functools.reduce(lambda a, b: a + b, []),
    lambda: functools.reduce(lambda a, b: a + b),
    lambda: functools.reduce(1, [1, 2]),
    lambda: functools.reduce(len, 5),
    lambda: functools.reduce(function=len, iterable=[1]),
    lambda: functools.partial(),
    lambda: functools.partial(1),
    lambda: functools.cmp_to_key(),
    lambda: functools.cmp_to_key(len)(1) < 1,
    lambda: hash(functools.cmp_to_key(len)(1)),
    lambda: functools.cmp_to_key(len)(),
    lambda: functools.lru_cache("x"),
    lambda: functools.lru_cache(2.5),
    lambda: functools.lru_cache(5, 6, 7),
    lambda: functools.lru_cache(len, typed=1),
    lambda: functools.cache(),
    lambda: functools.lru_cache(None)(5),
    lambda: functools.update_wrapper(lambda: 1),
    lambda: functools.wraps(),
    lambda: functools.lru_cache()(len)([1]),
]
for f in cases:
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
