# sorted/min/max errors: empty inputs, mixed types, bad keys and bad arguments.
tests = [
    lambda: min([]),
    lambda: max(()),
    lambda: max(),
    lambda: min(5),
    lambda: max(iter([])),
    lambda: sorted([1, "2", 3]),
    lambda: sorted([[1], (1,)]),
    lambda: max([{1}, {2}, 3]),
    lambda: min([1, None]),
    lambda: sorted([3, 1], key=len),
    lambda: max([1, 2], key="len"),
    lambda: sorted([1], reverse="yes"),
    lambda: sorted([1], cmp=None),
    lambda: sorted(),
    lambda: sorted(5),
    lambda: min(1, 2, default=0),
    lambda: max([1, 2], [3], key=len, extra=1),
    lambda: [2, 1].sort(reverse=None),
]
for number, test in enumerate(tests, 1):
    try:
        print(number, test())
    except (TypeError, ValueError) as e:
        print(number, type(e).__name__ + ":", e)
students = [("ann", 90), ("bob", None)]
print(sorted(students, key=lambda s: s[1]))
