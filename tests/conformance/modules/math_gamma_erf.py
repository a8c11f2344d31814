# gamma and lgamma (CPython's Lanczos approximation, not the C library's), erf and erfc.
import math

for x in [0.5, 1, 1.5, 2.5, 5, 10.1, 23, 24, 50.5, 171.5, -0.5, -2.5, -10.5, 1e-25, -180.5, 0.1]:
    print(x, math.gamma(x), math.lgamma(x))
for x in [1e-30, 2, 100, 1000.5, 1e10, -1.5, -100.5]:
    print(x, math.lgamma(x))
for x in [0, 0.1, 0.5, 1, 2, 3, 6, -0.5, -4]:
    print(x, math.erf(x), math.erfc(x))
