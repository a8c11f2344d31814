# cache on recursive functions: the memo table fills during the recursion.
from functools import cache, lru_cache


@cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(90), fib.cache_info())


@lru_cache(maxsize=None)
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)


print(paths(16, 16), paths.cache_info().currsize)


@lru_cache(maxsize=4)
def collatz(n):
    if n == 1:
        return 0
    return 1 + collatz(n // 2 if n % 2 == 0 else 3 * n + 1)


print([collatz(n) for n in range(1, 15)], collatz.cache_info())


class Grid:
    def __init__(self, size):
        self.size = size

    @lru_cache(maxsize=None)
    def cells(self, k):
        return self.size * k


g = Grid(3)
print(g.cells(2), g.cells(2), Grid.cells.cache_info())
