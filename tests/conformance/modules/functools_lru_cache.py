# lru_cache: hits, misses, eviction order, typed keys, keyword keys, clearing.
import functools

calls = []


@functools.lru_cache(maxsize=3)
def square(x):
    calls.append(x)
    return x * x


for v in [1, 2, 3, 1, 4, 2, 5, 1, 3, 3, 1.0, True]:
    square(v)
print(calls, square.cache_info())
square.cache_clear()
print(square.cache_info(), square(2), square.cache_info())


@functools.lru_cache(maxsize=2, typed=True)
def ident(a, b=0, **kw):
    return (a, b, kw)


print(ident(1), ident(1.0), ident(1), ident(a=1), ident(1, b=2), ident(1, 2), ident(1, c=3))
print(ident.cache_info(), ident.cache_parameters())


@functools.lru_cache(0)
def never(x):
    return x


print(never(1), never(1), never.cache_info())


@functools.lru_cache
def neg(x):
    "negation"
    return -x


print(neg(3), neg(3), neg.cache_info(), neg.__doc__, neg.__name__, neg.cache_parameters())
print(functools.lru_cache(maxsize=None)(abs).cache_parameters(), functools.lru_cache(-5)(abs).cache_info())
print(type(neg).__name__, neg.__wrapped__(4))
info = neg.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize, info[0], tuple(info), info == (1, 1, 128, 1))
