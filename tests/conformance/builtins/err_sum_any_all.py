# sum/any/all errors: strings, mixed types, non-iterables, errors inside generators.
tests = [
    lambda: sum(["a", "b"]),
    lambda: sum(["a", "b"], ""),
    lambda: sum([1, "2"]),
    lambda: sum([[1], 2], []),
    lambda: sum(5),
    lambda: sum(),
    lambda: sum([1], 2, 3),
    lambda: any(5),
    lambda: all(None),
    lambda: any(),
    lambda: all(1 / x for x in [1, 0]),
    lambda: any(x / 0 for x in []),
    lambda: sum(int(s) for s in "12a"),
]
for number, test in enumerate(tests, 1):
    try:
        print(number, test())
    except (TypeError, ValueError, ZeroDivisionError) as e:
        print(number, type(e).__name__ + ":", e)
print(sum([0.5, 0.25], start=1))
print(sum([[1, 2], [3]]))
