# heappush/heappop/heapify/heapreplace/heappushpop keep CPython's exact heap layout.
import heapq

h = []
for x in [5, 3, 8, 1, 9, 2, 7]:
    heapq.heappush(h, x)
    print(h)
print([heapq.heappop(h) for _ in range(len(h))], h)
data = [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]
heapq.heapify(data)
print(data)
print(heapq.heapreplace(data, 10), data)
print(heapq.heappushpop(data, -1), heapq.heappushpop(data, 4), data)
print(heapq.heappushpop([], 3))
big = [(i * 7919) % 10007 for i in range(3000)]
heapq.heapify(big)
print(big[:10], big[-5:], [heapq.heappop(big) for _ in range(5)])
mx = [1, 5, 3, 9]
heapq._heapify_max(mx)
print(mx, heapq._heappop_max(mx), heapq._heapreplace_max(mx, 0), mx)
words = ["pear", "apple", "fig", "banana"]
heapq.heapify(words)
print(words, heapq.heappop(words))
