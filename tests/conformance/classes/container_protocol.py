class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __getitem__(self, key):
        x, y = key
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError(key)
        return self.cells.get(key, ".")
    def __setitem__(self, key, value):
        self.cells[key] = value
    def __delitem__(self, key):
        del self.cells[key]
    def __contains__(self, value):
        return value in self.cells.values()
    def __len__(self):
        return self.w * self.h
    def __iter__(self):
        for y in range(self.h):
            for x in range(self.w):
                yield self[x, y]
    def __reversed__(self):
        return reversed(list(self))

g = Grid(3, 2)
g[1, 0] = "#"
g[2, 1] = "@"
print(g[1, 0], g[0, 0], len(g), "#" in g, "?" in g)
print("".join(g), "".join(reversed(g)))
del g[1, 0]
print("".join(g), list(g).count("."))

class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * i
print(list(Seq()), 9 in Seq(), 5 in Seq())
for v in Seq():
    print(v, end=" ")
print()
print(list(reversed([1, 2, 3])))
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)), sum(Countdown(4)))
it = iter(Countdown(2))
print(next(it), next(it), next(it, "done"))
class Sliced:
    def __getitem__(self, s):
        return (s.start, s.stop, s.step) if isinstance(s, slice) else s
print(Sliced()[1:5], Sliced()[::2], Sliced()[1:2, 3])
class RevLen:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return "abc"[i]
print(list(reversed(RevLen())))
class Missing(dict):
    def __missing__(self, key):
        return key * 2
print(Missing()[21])
