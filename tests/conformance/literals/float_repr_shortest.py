# repr(float) is the shortest string that reads back as the same float.
values = [0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1.0, -0.0, 100.0, 1e16, 1e15, 123456789.0,
          1e22, 1e-5, 0.0001, 1.5e-7, 5e-324, 1.7976931348623157e308, 2.5, 3.14159,
          2 ** 0.5, 10 / 7, 9007199254740993.0, 0.3 - 0.1, 1.1 * 1.1, 1e-310]
for v in values:
    print(repr(v), str(v), float(repr(v)) == v)
print(0.1 + 0.2 == 0.3, round(0.1 + 0.2, 10) == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9)
print(float("0.1"), float("  -2.50  "), float("1e3"), float("1_000.5"), float(".5"), float("5."))
print(float(10 ** 20), float(2 ** 53 + 1), float(-7), float(True))
print(1e100, 1.0e-100, 12345678901234567890.0, 0.000123, 123e-20)
print((0.1).as_integer_ratio(), (2.5).is_integer(), (0.5).hex(), float.fromhex("0x1.8p1"))
print(sum([0.1] * 10), 0.1 * 3, 7.0 / 2, 2 ** -1, 4 ** 0.5)
print([x / 10 for x in range(11)])
