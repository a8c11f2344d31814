# merge of sorted inputs, with key and reverse; lazy like a generator.
import heapq

print(list(heapq.merge([1, 3, 5], [2, 4, 6], [0, 7])), list(heapq.merge()), list(heapq.merge([], [1])))
print(list(heapq.merge([5, 3, 1], [4, 2], reverse=True)), list(heapq.merge("ace", "bd")))
print(list(heapq.merge(["bb", "a"], ["ccc", "d"], key=len, reverse=True)))
print(list(heapq.merge([(1, "x"), (3, "y")], [(1, "a"), (2, "b")], key=lambda p: p[0])))
m = heapq.merge([1, 2], [1, 3])
print(next(m), next(m), list(m), list(m))
print(type(heapq.merge([1])).__name__, list(heapq.merge(iter(range(0, 10, 3)), iter(range(1, 10, 3)), iter(range(2, 10, 3)))))
