# sample: the pool strategy for small populations, the set strategy for large ones, counts.
import random

r = random.Random(99)
print(r.sample(range(10), 10))
print(r.sample(range(100), 5), r.sample(range(100), 30)[:5])
print(r.sample(range(10**9), 6))
print(r.sample("abcdefghij", 4), r.sample(("x", "y", "z"), 0))
print(r.sample(["red", "blue"], counts=[4, 2], k=5))
print(r.sample(range(4), k=2, counts=[1, 0, 2, 5]))
population = list(range(50))
picked = r.sample(population, 20)
print(picked, len(set(picked)), population[:3])
print(r.sample(range(25), 21), r.sample(range(70), 22)[-3:])
