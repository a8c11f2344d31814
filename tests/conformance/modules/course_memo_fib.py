# A course exercise: three ways to compute Fibonacci numbers, timed by call counts.
import functools
import itertools

calls = 0


def slow(n):
    global calls
    calls += 1
    return n if n < 2 else slow(n - 1) + slow(n - 2)


print(slow(20), calls)


@functools.lru_cache(maxsize=None)
def fast(n):
    return n if n < 2 else fast(n - 1) + fast(n - 2)


print(fast(200), fast.cache_info())


def fib_stream():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


print(list(itertools.islice(fib_stream(), 15)))
print(next(itertools.dropwhile(lambda f: f < 10**20, fib_stream())))
print(functools.reduce(lambda p, _: (p[1], p[0] + p[1]), range(50), (0, 1))[0])
