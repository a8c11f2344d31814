# heapq's errors.
import heapq

cases = [
    lambda: heapq.heappush((), 1),
    lambda: heapq.heappush([]),
    lambda: heapq.heappush([1], 2, 3),
    lambda: heapq.heappop([]),
    lambda: heapq.heappop(()),
    lambda: heapq.heappop([1], 2),
    lambda: heapq.heapreplace([], 1),
    lambda: heapq.heapify(5),
    lambda: heapq.heapify(heap=[]),
    lambda: heapq.heappush([1, "a"], 2),
    lambda: heapq.nlargest("a", [1, 2]),
    lambda: heapq.nsmallest(2),
    lambda: heapq.merge([1], foo=2),
    lambda: list(heapq.merge([1], ["a"])),
]
for f in cases:
    try:
        print(f())
    except (TypeError, IndexError, ValueError) as e:
        print(type(e).__name__ + ":", e)
