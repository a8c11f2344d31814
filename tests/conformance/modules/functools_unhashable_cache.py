# A cached function called with an unhashable argument fails with an uncaught TypeError.
from functools import lru_cache


@lru_cache(maxsize=16)
def total(values):
    return sum(values)


print(total((1, 2, 3)), total((1, 2, 3)), total.cache_info())
print(total([1, 2, 3]))
