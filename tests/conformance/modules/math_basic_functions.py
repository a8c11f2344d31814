# Elementary functions on ints and floats, compared through repr (exact to the last bit).
import math

for x in [0, 0.5, 1, 2, 10, 1e-10, 123.456]:
    print(x, math.sqrt(x), math.exp(x), math.log1p(x), math.expm1(x))
for x in [-1.5, -0.25, 0.0, 0.25, 1.5, math.pi / 3]:
    print(x, math.sin(x), math.cos(x), math.tan(x), math.atan(x), math.sinh(x), math.cosh(x), math.tanh(x))
for x in [-1, -0.5, 0, 0.5, 1]:
    print(x, math.asin(x), math.acos(x), math.asinh(x))
print(math.acosh(1), math.acosh(10), math.atanh(0.5), math.atanh(-0.999))
print(math.atan2(1, 1), math.atan2(-1, -1), math.atan2(0.0, -0.0), math.atan2(-0.0, 1))
print(math.cbrt(27), math.cbrt(-8), math.cbrt(2), math.exp2(10), math.exp2(-1.5))
print(math.pow(2, 10), math.pow(2, 0.5), math.pow(-8, 3), math.pow(0, 0), math.pow(1, float("nan")))
print(math.degrees(1), math.radians(90), math.degrees(math.tau))
print(math.fabs(-2), math.fabs(3.5), math.copysign(2, -0.0), math.copysign(-3, 1))
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.sqrt(True), math.exp(False), type(math.sqrt(4)))
