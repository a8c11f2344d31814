# nlargest and nsmallest, with and without key, on sized and unsized inputs.
import heapq

data = [(i * 37) % 101 for i in range(60)]
print(heapq.nlargest(5, data), heapq.nsmallest(5, data))
print(heapq.nlargest(1, data), heapq.nsmallest(1, iter(data)), heapq.nlargest(0, data), heapq.nsmallest(-2, data))
print(heapq.nlargest(100, [3, 1, 2]), heapq.nsmallest(3, [3, 1, 2]))
print(heapq.nlargest(4, iter(data), key=lambda x: x % 10), heapq.nsmallest(4, iter(data), key=lambda x: -x % 7))
people = [("ann", 31), ("bob", 25), ("cid", 31), ("dee", 40), ("eve", 25)]
print(heapq.nlargest(3, people, key=lambda p: p[1]), heapq.nsmallest(3, people, key=lambda p: p[1]))
print(heapq.nsmallest(2, [(1, "b"), (1, "a"), (0, "z")]), heapq.nlargest(2, "hello"), heapq.nsmallest(3, []))
print(heapq.nlargest(2, iter([]), key=abs), heapq.nsmallest(1, [], key=abs))
