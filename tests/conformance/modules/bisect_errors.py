# bisect's errors.
import bisect

cases = [
    lambda: bisect.bisect_left([1, 2, 3], 2, -1),
    lambda: bisect.bisect_left([1, 2, 3], 2, hi=10),
    lambda: bisect.bisect_left([1, 2, 3], 2, lo=1.5),
    lambda: bisect.bisect_left([1, 2, 3]),
    lambda: bisect.bisect_left([1, 2, 3], 2, 0, 3, 4),
    lambda: bisect.bisect_left(5, 2),
    lambda: bisect.insort_left((1, 3), 2),
    lambda: bisect.bisect_left([1, "a"], 2),
    lambda: bisect.bisect([1, 2], 1, foo=3),
    lambda: bisect.insort([1, 2], 1, key=5),
]
for f in cases:
    try:
        print(f())
    except (TypeError, ValueError, IndexError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
