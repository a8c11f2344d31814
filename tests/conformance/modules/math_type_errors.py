# TypeErrors of the math module: argument counts, keywords and non-numbers.
import math

cases = [
    lambda: math.sqrt(),
    lambda: math.sqrt(1, 2),
    lambda: math.sqrt("4"),
    lambda: math.sqrt(x=4),
    lambda: math.pow(2),
    lambda: math.pow(x=2, y=3),
    lambda: math.log(),
    lambda: math.log(1, 2, 3),
    lambda: math.log(x=3),
    lambda: math.log("e"),
    lambda: math.factorial(2.0),
    lambda: math.factorial("5"),
    lambda: math.gcd(1, 2.5),
    lambda: math.lcm(None),
    lambda: math.comb(5),
    lambda: math.comb(5, None),
    lambda: math.perm(),
    lambda: math.perm(1, 2, 3),
    lambda: math.isqrt(4.0),
    lambda: math.floor("x"),
    lambda: math.trunc("x"),
    lambda: math.trunc(None),
    lambda: math.ldexp(1.0, 2.0),
    lambda: math.ldexp(1.0),
    lambda: math.isclose(1),
    lambda: math.isclose(1, 2, 3),
    lambda: math.isclose(1, 2, tol=3),
    lambda: math.prod(),
    lambda: math.prod([1], 2),
    lambda: math.prod([1], begin=2),
    lambda: math.fsum(5),
    lambda: math.fsum([1, "2"]),
    lambda: math.hypot(3, "4"),
    lambda: math.dist(1, 2),
    lambda: math.dist([1]),
    lambda: math.copysign(1, None),
    lambda: math.frexp([]),
    lambda: math.prod([1, "a", 2.5]),
]
for f in cases:
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
