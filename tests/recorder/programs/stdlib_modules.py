# Objects of the native modules (itertools, functools, operator, heapq, random, math, sys)
# kept alive across keyframes, so that restoring them from snapshots is exercised.
import functools
import heapq
import itertools
import math
import operator
import random
import sys

counter = itertools.count(10, 5)
cycler = itertools.cycle("ab")
repeater = itertools.repeat("r", 4)
sliced = itertools.islice(range(100), 2, 50, 7)
chained = itertools.chain([1, 2], "xy")
grouped = itertools.groupby("aabbbc")
left, right = itertools.tee(iter(range(70)))
product = itertools.product("ab", repeat=2)
perms = itertools.permutations(range(3))
pairs = itertools.pairwise("abcde")
longest = itertools.zip_longest("ab", "wxyz", fillvalue="-")
totals = itertools.accumulate([1, 2, 3, 4], initial=100)
merged = heapq.merge([1, 4, 7], [2, 5, 8], [3, 6])
getter = operator.itemgetter(1, 0)
attr = operator.attrgetter("real")
caller = operator.methodcaller("upper")
key = functools.cmp_to_key(lambda a, b: a - b)
add3 = functools.partial(operator.add, 3)


@functools.lru_cache(maxsize=2)
def square(x):
    return x * x


@functools.total_ordering
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __eq__(self, other):
        return self.cents == other.cents

    def __lt__(self, other):
        return self.cents < other.cents


gen = random.Random(42)
state = gen.getstate()
heap = []
key1, group1 = next(grouped)
for step in range(4):
    heapq.heappush(heap, (gen.randrange(100), step))
    square(step % 3)
    print(step, next(counter), next(cycler), next(repeater), next(sliced), next(chained),
          next(left), next(product), next(perms), next(pairs), next(longest), next(totals),
          next(merged), getter("xyz"), attr(step), caller("ab"), add3(step), key(step) < key(2),
          square.cache_info(), heap[0], next(group1, None), list(itertools.islice(right, 15))[-1])
gen.setstate(state)
print(gen.random(), gen.gauss(), math.fsum([0.1] * 10), math.comb(30, 15), random.random() < 1.0)
print(Money(5) >= Money(3), Money(2) > Money(3), math.floor(2.5), Money.__ge__.__name__)
print(sys.version_info[:2], sys.getsizeof(1), list(merged), list(left)[-1], sorted(heap))
