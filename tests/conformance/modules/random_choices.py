# choices with and without weights or cumulative weights.
import random

r = random.Random(31)
print(r.choices("abc"), r.choices("abc", k=10))
print(r.choices(range(5), weights=[10, 0, 0, 0, 1], k=12))
print(r.choices("xyz", cum_weights=[1, 2, 10], k=8))
print(r.choices([True, False], [0.25, 0.75], k=6))
print(r.choices("ab", k=0), r.choices("ab", k=-3))
print(r.choices(["only"], k=3), r.choices("abcd", weights=(1, 2, 3, 4), k=4))
counts = {}
for c in r.choices("abc", [5, 3, 2], k=1000):
    counts[c] = counts.get(c, 0) + 1
print(sorted(counts.items()))
