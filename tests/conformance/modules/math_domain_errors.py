# ValueError "math domain error", OverflowError "math range error" and friends.
import math

cases = [
    ("sqrt(-1)", lambda: math.sqrt(-1)),
    ("log(0)", lambda: math.log(0)),
    ("log(-2**2000)", lambda: math.log(-2**2000)),
    ("log(10, 1)", lambda: math.log(10, 1)),
    ("log(0.0)", lambda: math.log(0.0)),
    ("acos(2)", lambda: math.acos(2)),
    ("atanh(1)", lambda: math.atanh(1)),
    ("exp(1000)", lambda: math.exp(1000)),
    ("cosh(1000)", lambda: math.cosh(1000)),
    ("exp2(1100)", lambda: math.exp2(1100)),
    ("pow(0, -1)", lambda: math.pow(0, -1)),
    ("pow(-1, 0.5)", lambda: math.pow(-1, 0.5)),
    ("pow(10, 400)", lambda: math.pow(10, 400)),
    ("fmod(1, 0)", lambda: math.fmod(1, 0)),
    ("fmod(inf, 1)", lambda: math.fmod(math.inf, 1)),
    ("remainder(1, 0)", lambda: math.remainder(1, 0)),
    ("gamma(0)", lambda: math.gamma(0)),
    ("gamma(-3)", lambda: math.gamma(-3)),
    ("gamma(200)", lambda: math.gamma(200)),
    ("lgamma(-2)", lambda: math.lgamma(-2)),
    ("ldexp(1, 2000)", lambda: math.ldexp(1, 2000)),
    ("ldexp(1, 10**30)", lambda: math.ldexp(1, 10**30)),
    ("sqrt(10**400)", lambda: math.sqrt(10**400)),
    ("floor(inf)", lambda: math.floor(math.inf)),
    ("ceil(nan)", lambda: math.ceil(math.nan)),
    ("factorial(-1)", lambda: math.factorial(-1)),
    ("factorial(10**30)", lambda: math.factorial(10**30)),
    ("comb(-1, 2)", lambda: math.comb(-1, 2)),
    ("perm(5, -2)", lambda: math.perm(5, -2)),
    ("comb(2**64, 2**63)", lambda: math.comb(2**64, 2**63)),
    ("isqrt(-4)", lambda: math.isqrt(-4)),
    ("fsum overflow", lambda: math.fsum([1e308, 1e308])),
    ("fsum inf-inf", lambda: math.fsum([math.inf, -math.inf])),
    ("dist dims", lambda: math.dist((1, 2), (1,))),
    ("isclose tol", lambda: math.isclose(1, 2, rel_tol=-0.5)),
    ("log1p(-1)", lambda: math.log1p(-1)),
]
for name, f in cases:
    try:
        print(name, "->", f())
    except (ValueError, OverflowError, ZeroDivisionError) as e:
        print(name, "!!", type(e).__name__, e)
