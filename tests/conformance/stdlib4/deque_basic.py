# collections.deque: appends and pops at both ends, indexing, iteration, searching,
# insertion and removal, comparisons, copies and the operators.
from collections import deque

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], d[2], bool(d), bool(deque()))
print(d.pop(), d.popleft(), d)
d.extend("ab")
d.extendleft([9, 8])
print(d, list(d), list(reversed(d)), tuple(d))
print(d.count(1), d.index(2), d.index("a", 2), 3 in d, "z" in d)
d.insert(2, "x")
d.remove("a")
d[0] = "first"
del d[-1]
print(d)
d.reverse()
print(d, d.copy(), d.copy() == d, d.copy() is d)
e = deque(range(4))
print(e + deque([9]), e * 2, 2 * e, e == deque(range(4)), e != deque([0]))
print(deque([1, 2]) < deque([1, 3]), deque([2]) > deque([1, 5]), deque() <= deque())
e += [4, 5]
e *= 2
print(e, e.maxlen)
e.clear()
print(e, len(e))
q = deque()
for task in ("write", "test", "ship"):
    q.append(task)
while q:
    print("doing", q.popleft())
print(deque("hello"), deque(x * x for x in range(4)), deque(deque([1])))
nested = deque([[1], [2]])
nested[0].append(5)
print(nested, [x for x in nested])
s = deque([3, 1, 2])
print(sorted(s), max(s), sum(s), list(enumerate(s)), deque(reversed(s)))
self_ref = deque([1])
self_ref.append(self_ref)
print(self_ref)
print(type(iter(d)).__name__, type(reversed(d)).__name__, deque.__name__, deque.__module__)
print(deque[int], deque[str] == deque[str], type(deque[int]).__name__)
