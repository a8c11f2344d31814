# fsum rounds once (exactly), prod multiplies in order with any start.
import math

print(sum([0.1] * 10), math.fsum([0.1] * 10))
print(math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([1e-16, 1, 1e16]), math.fsum([1, 1e16, 1e-16]))
print(math.fsum(x / 7 for x in range(1, 200)), math.fsum([]), math.fsum([-0.0]))
print(math.fsum([2**53, 1, 1]), math.fsum(range(1000)), math.fsum([0.3, 0.3, 0.3, -0.9]))
print(math.fsum([math.inf, 1.0]), math.fsum([-math.inf, -1e308]), math.fsum([math.nan, 1]))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([], start=5), math.prod(range(1, 21)))
print(math.prod([2.5, 4]), math.prod([1, 2], start=1.5), math.prod([2**40, 2**40, 2**40]))
print(math.prod(["ab", 3]), math.prod([3], start="xy"), math.prod([[1], 2]))
print(math.prod(x for x in [0.1, 0.2, 0.3]), math.prod([True, 7]))
