# inf and nan: creation, arithmetic, comparisons and formatting.
import math

inf, nan = float("inf"), float("nan")
print(inf, -inf, nan, float("-Infinity"), float("NaN"), float("  inf "), math.inf)
print(inf + 1, inf * -2, inf - inf, inf / inf, 0 * inf, 1 / inf, -1 / inf)
print(inf > 10 ** 300, -inf < -1e308, inf == inf, nan == nan, nan != nan, nan is nan)
print(math.isinf(inf), math.isnan(nan), math.isfinite(1e308), math.isnan(inf - inf))
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10, 2.0 ** 1023 * 2)
print(repr(inf), str(nan), f"{inf}", f"{nan:>6}", "%f" % inf, "%e" % -inf, "%.2f" % nan)
print(format(inf, "+"), format(nan, "E"), format(-inf, "010.2f"), format(inf, "G"))
print(max(1, inf), min(-inf, 0), sorted([3, inf, -inf, 0.5]), abs(-inf))
print([x for x in [1.0, nan, 2.0] if x == x], nan in [nan], [nan].count(nan))
print(hash(inf), hash(-inf), round(inf) if False else "skip", inf.is_integer())
print(math.copysign(1, -0.0), -0.0 == 0.0, str(-0.0), 0.0 * -1)
for text in ["inf", "-INF", "nan", "+nan", "infinity"]:
    print(text, float(text))
