# tee: independent iterators over one source, read lazily, sharing blocks of values.
from itertools import islice, tee

a, b = tee(range(200))
print(list(islice(a, 100))[-3:], next(b), list(islice(b, 150))[-2:], list(a)[-2:], list(b)[:3])
x, y, z = tee(iter("xyz"), 3)
print(next(x), next(x), next(y), list(z), list(x), list(y))
pulls = []


def source():
    for i in range(5):
        pulls.append(i)
        yield i


p, q = tee(source())
print(next(p), pulls, next(q), pulls, list(p), list(q), pulls)
c1, c2 = tee([1, 2, 3])
c3 = c1.__copy__()
print(next(c1), list(c3), list(c2), list(tee(c1, 2)[1]), tee("ab", 0), len(tee("ab", 1)))
u, v = tee(u for u in "hello")
print("".join(u), "".join(v), type(u).__name__)
