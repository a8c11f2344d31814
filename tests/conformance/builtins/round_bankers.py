# round() rounds halves to even, works on the exact binary value of a float, and takes
# negative ndigits.
print([round(x) for x in (0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5)])
print(round(2.675, 2), round(2.665, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
print(round(3.14159, 3), round(3.14159, 0), round(3.7), round(-3.7), round(1e20), round(1.5e-5, 5))
print(round(1234.5678, -2), round(1250, -2), round(1350, -2), round(15, -1), round(25, -1))
print(round(-25, -1), round(123456789, -3), round(5, 0), round(7, 2), round(10 ** 30 + 5, -1))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(7, -1)).__name__)
print(round(True), round(False, 3), round(0.1 + 0.2, 15), round(1e300, -300), round(2.5, 400))
prices = [19.995, 4.125, 7.5, 0.045]
print([round(p, 2) for p in prices], sum(prices), round(sum(prices), 2))
print(round(-0.4), round(-0.0, 1), round(0.5 + 1e-16), round(2 ** 0.5, 10))
print(f"{2.5:.0f} {3.5:.0f} {0.125:.2f} {2.675:.2f}", "%.0f %.0f" % (0.5, 1.5))
