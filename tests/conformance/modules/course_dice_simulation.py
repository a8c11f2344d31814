# A course exercise: simulate dice rolls with a fixed seed and summarise them.
import math
import random

random.seed(2023)
rolls = [random.randint(1, 6) + random.randint(1, 6) for _ in range(1000)]
counts = {}
for total in rolls:
    counts[total] = counts.get(total, 0) + 1
for total in sorted(counts):
    print(f"{total:2d} {counts[total]:4d} {'#' * (counts[total] // 10)}")
mean = math.fsum(rolls) / len(rolls)
variance = math.fsum((r - mean) ** 2 for r in rolls) / (len(rolls) - 1)
print(f"mean={mean:.3f} stdev={math.sqrt(variance):.3f}")
hand = random.sample(range(1, 53), 5)
print(hand, random.choice(["heads", "tails"]), round(random.uniform(0, 100), 2))
walk = 0
for step in range(200):
    walk += random.choice([-1, 1])
print("random walk ends at", walk)
