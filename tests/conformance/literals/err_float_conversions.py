# Float conversions and arithmetic that overflow or have no answer.
import math

for text in ["abc", "1.2.3", "", "1e", "0x10", "inf inity", "1,5"]:
    try:
        print(float(text))
    except ValueError as e:
        print("ValueError:", e)
for value in [None, [1.0], {}]:
    try:
        print(float(value))
    except TypeError as e:
        print("TypeError:", e)
tests = [
    lambda: int(float("inf")),
    lambda: int(float("-inf")),
    lambda: int(float("nan")),
    lambda: float(10 ** 400),
    lambda: 2.0 ** 10000,
    lambda: 10 ** 400 / 3,
    lambda: math.exp(1000),
    lambda: round(float("inf")),
    lambda: round(float("nan")),
    lambda: math.sqrt(-1),
    lambda: 1e308 ** 2,
]
for test in tests:
    try:
        print(test())
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(float("1e500"), float("-1e500"), 1e-400)
print(int(1e300) % 1000, "now", int(float("nan")))
