# Nested replacement fields inside format specs, and conversions before specs.
print("{:{}}|".format("x", 5))
print("{:{width}.{prec}f}|".format(3.14159, width=10, prec=3))
print("{0:{1}{2}{3}}|".format("mid", "*", "^", 9))
print("{:>{}}|{:<{}}|".format("a", 3, "b", 4))
print("{0:{fill}>{w}}".format(42, fill="0", w=6))
print("{!r:{}}|".format("q", 6))
print("{:{}}".format(1234567, ","), "{:{}{}}".format(255, "#", "x"))
print("{a:{b}}".format(a=1, b=""), "{0:{0}}".format(3))
