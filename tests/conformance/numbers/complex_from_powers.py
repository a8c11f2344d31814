# Negative numbers raised to fractional powers give complex results (float_pow hands them
# to complex_pow); integral powers stay real. The program ends with an uncaught error.
for base, exp in [(-8, 1 / 3), (-1, 0.5), (-2.5, 1.5), (-4.0, -0.5), (-1e-3, 0.25),
                  (-8, 2.0), (-2, -3), (-2.0, 3), (-1, 1e-300)]:
    r = base ** exp
    print(base, exp, r, type(r).__name__, pow(base, exp) == r)
roots = [(-27) ** (1 / 3), (-1) ** 0.5 * 2, 2 ** 0.5 * (-1) ** 0.5]
print(roots, [round(abs(z), 12) for z in roots])
print(sum((-1) ** (k / 4) for k in range(8)))
print((-0.0) ** 0.5, (-0.0) ** -1 if False else "skip", 0.0 ** 0.5, (-float("inf")) ** 0.5)
value = (-1e308) ** 0.5
print(value)
print((-1e300) ** 1.5)
