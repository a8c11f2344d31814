# The errors range gives.
for args in [(), (1, 2, 3, 4), (1.5,), ("3",), (1, 10, 0), (None,)]:
    try:
        print(range(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
r = range(5)
for key in [5, -6, "1", 1.0]:
    try:
        print(r[key])
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
try:
    r.index(10)
except ValueError as e:
    print(e)
try:
    r[::0]
except ValueError as e:
    print(e)
try:
    r[0] = 1
except TypeError as e:
    print(e)
print(len(range(2 ** 100)))
