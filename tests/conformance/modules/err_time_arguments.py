# time's argument errors.
import time

tests = [
    lambda: time.sleep(-1),
    lambda: time.sleep("1"),
    lambda: time.sleep(),
    lambda: time.sleep(1, 2),
    lambda: time.time(1),
    lambda: time.monotonic(None),
    lambda: time.perf_counter_ns(0),
    lambda: time.sleep(float("nan")),
]
for number, test in enumerate(tests, 1):
    try:
        print(number, test())
    except (TypeError, ValueError) as e:
        print(number, type(e).__name__ + ":", e)
print(time.no_such_function())
