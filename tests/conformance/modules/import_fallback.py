# Programs that try an optional module and fall back when Rewind (or CPython) lacks it.
try:
    import fancy_plotting_library as plot
    backend = "fancy"
except ImportError as e:
    plot = None
    backend = "text"
    print("fallback because:", e)
print(backend, plot)
try:
    from statistics_extra import mean
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e.name)

    def mean(values):
        return sum(values) / len(values)
print(mean([1, 2, 3, 4]))
import math as m, random as r, functools

print(m.pi > 3, r.Random(5).randint(1, 10), functools.reduce(lambda a, b: a * b, range(1, 6)))
from itertools import count, islice

print(list(islice(count(10, 5), 4)))
modules = {}
for name in ["math", "heapq", "nonexistent_helpers", "bisect"]:
    try:
        modules[name] = __import__(name)
    except ImportError:
        modules[name] = None
print({k: v is not None for k, v in modules.items()})
