# %-formatting, format() and f-strings of floats: fixed, exponent, general, percent, grouping.
x = 3.14159265358979
print("%.9f" % x, "%.2f" % x, "%f" % x, "%10.3f|" % x, "%-10.3f|" % x, "%+.1f" % x)
print("%e" % x, "%.3E" % 12345.678, "%g" % x, "%g" % 1e-7, "%G" % 1e20, "%.0f" % 2.5)
print("%08.3f" % -x, "% .4f" % x, "%.9f" % (1 / 3), "%.9f" % 1e-10, "%5.1f%%" % 99.44)
print(format(x, ".3f"), format(x, "10.2f"), format(x, "<10.2f"), format(x, "^10.2f"))
print(format(1234567.891, ",.2f"), format(1234567.891, "_.1f"), format(0.256, ".1%"))
print(format(x, "e"), format(x, ".2e"), format(12345678.9, "g"), format(0.00001234, ".3g"))
print(format(2.0, ""), format(2.0, "g"), format(1e16, ""), format(1.5, "+"), format(-0.0, "z.1f"))
print(f"{x:.4f}", f"{x:*>12.5f}", f"{-x:=+12.3f}", f"{x:#.0f}", f"{1e6:.2e}")
width, precision = 12, 3
print(f"[{x:{width}.{precision}f}]", f"[{x:<{width}}]", "{:{}.{}f}".format(x, 8, 2))
print("{0:.2f} {0:.5f} {1:.1e}".format(x, 6.02214076e23))
prices = [3.5, 12.25, 0.99, 100.0]
for p in prices:
    print(f"{p:>8.2f} | {p * 1.2:8.3f} | {p:08.2f}")
print("%.15g" % 0.1, "%.17g" % 0.1, "%.20f" % 0.1, "%r" % 0.1)
print(format(1e-4, ""), format(1e-5, ""), format(123456789.0, ".12"), format(0.5, "n"))
