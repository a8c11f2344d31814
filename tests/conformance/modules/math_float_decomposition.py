# frexp, ldexp, modf, fmod, remainder, nextafter and ulp.
import math

for x in [0.0, -0.0, 1.0, 8, 0.3, -1e-310, 1e308, math.inf, math.nan]:
    print(repr(x), math.frexp(x), math.modf(x))
print(math.ldexp(0.5, 4), math.ldexp(1, -1074), math.ldexp(1, -1075), math.ldexp(-3, 10))
print(math.ldexp(1, -10**30), math.ldexp(0.0, 10**30), math.ldexp(math.inf, -5), math.ldexp(7, True))
for x, y in [(7, 3), (-7, 3), (7, -3), (5.5, 2), (-0.0, 1), (1, math.inf), (1e300, 1e-300)]:
    print(x, y, math.fmod(x, y), math.remainder(x, y))
print(math.remainder(5, 2), math.remainder(7, 2), math.remainder(-5, 2), math.remainder(math.inf, math.nan))
print(math.nextafter(1, 2), math.nextafter(1, 0), math.nextafter(0, 1), math.nextafter(0.0, -1), math.nextafter(3, 3))
print(math.ulp(1), math.ulp(1e300), math.ulp(0), math.ulp(-2.5), math.ulp(math.inf), math.ulp(math.nan), math.ulp(1.7976931348623157e308))
