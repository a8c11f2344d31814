# inf and nan through the math functions, isclose and the is* predicates.
import math

inf, nan = math.inf, math.nan
print(math.isinf(inf), math.isinf(-inf), math.isinf(1e308), math.isnan(nan), math.isnan(inf))
print(math.isfinite(0), math.isfinite(inf), math.isfinite(nan), math.isfinite(10**300))
print(math.exp(-inf), math.exp(inf), math.atan(inf), math.tanh(-inf), math.sqrt(inf))
print(math.pow(inf, -1), math.pow(-inf, 3), math.pow(-inf, 2), math.pow(0.5, -inf), math.pow(2, -inf), math.pow(-1, inf))
print(math.pow(0.0, -inf), math.pow(nan, 0), math.pow(1, nan), math.copysign(1, nan) in (1.0, -1.0))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(1.0, 1.1, rel_tol=0.2))
print(math.isclose(0.0, 1e-10), math.isclose(0.0, 1e-10, abs_tol=1e-9), math.isclose(inf, inf), math.isclose(inf, -inf))
print(math.isclose(nan, nan), math.isclose(a=5, b=5.0000001, rel_tol=1e-6), math.isclose(-0.0, 0.0))
print(math.fmod(5, inf), math.fmod(-5, -inf), math.floor(-0.5), math.ceil(-0.5))
print(math.gamma(inf), math.lgamma(-inf), math.erf(inf), math.erfc(-inf))
