# Timing code the way a course does: measure, then report only what does not depend on speed.
import time


def slow_sum(n):
    total = 0
    for i in range(n):
        total += i
    return total


start = time.perf_counter()
result = slow_sum(10000)
elapsed = time.perf_counter() - start
print(result, elapsed >= 0.0, type(elapsed).__name__)
timings = []
for n in (10, 100, 1000):
    t0 = time.monotonic()
    slow_sum(n)
    timings.append(time.monotonic() - t0)
print(len(timings), all(t >= 0 for t in timings))
stamp = time.time()
print(stamp > 0, int(stamp) <= stamp < int(stamp) + 1)
ns_before = time.perf_counter_ns()
ns_after = time.perf_counter_ns()
print(ns_after >= ns_before, isinstance(ns_after - ns_before, int))
deadline = time.monotonic() + 3600
print(time.monotonic() < deadline)
