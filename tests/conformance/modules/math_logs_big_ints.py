# Logarithms accept ints of any size (beyond float range) and bases.
import math

for n in [1, 2, 10, 1000, 2**64, 10**100, 2**1023, 2**1024, 2**5000, 10**400 + 1]:
    print(math.log(n), math.log2(n), math.log10(n))
print(math.log(8, 2), math.log(100, 10), math.log(10**300, 10), math.log(2**3000, 2**10))
print(math.log(0.5), math.log2(0.125), math.log10(0.001), math.log(math.e))
print(math.log(7, 3), math.log(3, 7), math.log(1e300, 1e-300))
print(math.log(True), math.log2(True), math.log10(10.0))
print(math.log(float("inf")), math.log2(math.inf), math.log10(math.nan))
