# Division by zero in every form has its own message.
tests = [
    lambda: 1 / 0,
    lambda: 1 // 0,
    lambda: 1 % 0,
    lambda: divmod(1, 0),
    lambda: 1.0 / 0,
    lambda: 1.0 // 0.0,
    lambda: 1.0 % 0.0,
    lambda: divmod(1.0, 0.0),
    lambda: 0 ** -1,
    lambda: 0.0 ** -1,
    lambda: (2 ** 100) // 0,
    lambda: pow(0, -2),
]
for test in tests:
    try:
        print(test())
    except ZeroDivisionError as e:
        print(type(e).__name__, "-", e)
total, count = 10, 0
try:
    average = total / count
except ZeroDivisionError:
    average = float("nan")
print(average)
print(10 // 3, "then", 10 // (3 - 3))
