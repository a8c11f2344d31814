# Bounded deques (maxlen): items fall off the opposite end; rotate() in both directions.
from collections import deque

recent = deque(maxlen=3)
for i in range(6):
    recent.append(i)
    print(list(recent))
print(recent, recent.maxlen)
recent.appendleft("L")
print(recent)
recent.extend("xyz")
print(recent)
recent.extendleft([1, 2])
print(recent)
room = deque([1, 2], maxlen=3)
room.insert(1, "mid")
print(room)
print(deque([1, 2, 3, 4], maxlen=2), deque("abc", 0), deque(maxlen=0).maxlen)


def tail(lines, n):
    return deque(lines, maxlen=n)


print(list(tail(["a", "b", "c", "d", "e"], 2)))

r = deque(range(6))
r.rotate()
print(r)
r.rotate(2)
print(r)
r.rotate(-3)
print(r)
r.rotate(13)
print(r)
r.rotate(-13)
print(r)
r.rotate(0)
print(r)
small = deque([1])
small.rotate(5)
print(small, deque().rotate(3))


def moving_average(values, window):
    it = iter(values)
    d = deque()
    for _ in range(window):
        d.append(next(it))
    total = sum(d)
    yield total / window
    for v in it:
        total += v - d.popleft()
        d.append(v)
        yield total / window


print(list(moving_average([40, 30, 50, 46, 39, 44], 3)))
bounded = deque([1, 2, 3], maxlen=3)
print(bounded + deque([4]), bounded * 2, bounded.copy())
bounded *= 2
print(bounded)
bounded2 = deque([0], maxlen=4)
bounded2 += [1, 2, 3, 4, 5]
print(bounded2)
