# time: clocks move forward and their values are recorded; sleep returns None.
import time

start = time.time()
mono = time.monotonic()
perf = time.perf_counter()
print(type(start).__name__, type(mono).__name__, type(perf).__name__)
print(start > 1_600_000_000, mono >= 0, perf >= 0)
print(time.sleep(0), time.sleep(0.001))
later = time.time()
print(later >= start, time.monotonic() >= mono, time.perf_counter() >= perf)
ns = time.time_ns()
print(type(ns).__name__, ns > 1_600_000_000 * 10 ** 9)
elapsed = time.perf_counter() - perf
print(elapsed >= 0, elapsed < 60)
print(type(time.monotonic_ns()).__name__, type(time.perf_counter_ns()).__name__)
