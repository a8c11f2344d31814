# hypot with any number of coordinates and dist between points, correctly rounded.
import math

print(math.hypot(), math.hypot(-3), math.hypot(3, 4), math.hypot(1, 1), math.hypot(1, 2, 2))
print(math.hypot(1e308, 1e308), math.hypot(1e-320, 1e-320), math.hypot(3e-310, 4e-310))
print(math.hypot(*range(20)), math.hypot(0.1, 0.2, 0.3, 0.4), math.hypot(math.inf, math.nan))
print(math.hypot(math.nan, 1), math.hypot(-0.0, 0.0), math.hypot(True, 2))
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 6, 3]), math.dist((1.5,), (-2.25,)))
print(math.dist(iter([0, 0]), iter([1, 1])), math.dist((), ()), math.dist(range(5), range(5, 10)))
vals = [0.1 * i for i in range(1, 30)]
print(math.hypot(*vals), math.dist(vals, [v * 2 for v in vals]))
