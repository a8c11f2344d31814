class Matrix:
    def __init__(self, rows):
        self.rows = rows
    def __getitem__(self, idx):
        r, c = idx
        return self.rows[r][c]
    def __setitem__(self, idx, v):
        r, c = idx
        self.rows[r][c] = v
    def __len__(self):
        return len(self.rows)
    def __iter__(self):
        return iter(self.rows)
    def __contains__(self, v):
        return any(v in row for row in self.rows)
m = Matrix([[1, 2], [3, 4]])
m[0, 1] = 9
print(m[0, 1], len(m), 4 in m, 7 in m, list(m))
class Window:
    def __init__(self, data):
        self.data = data
    def __getitem__(self, s):
        if isinstance(s, slice):
            return Window(self.data[s])
        return self.data[s]
    def __len__(self):
        return len(self.data)
    def __repr__(self):
        return f"Window({self.data})"
w = Window(list(range(10)))
print(w[2:5], w[::3], w[-1], len(w[1:]))
class Rev:
    def __init__(self, n):
        self.n = n
    def __reversed__(self):
        return iter(range(self.n, 0, -1))
    def __iter__(self):
        return iter(range(1, self.n + 1))
print(list(reversed(Rev(3))), list(Rev(3)), sorted(Rev(4), reverse=True))
d = {}
class Keys:
    def keys(self):
        return ["a", "b"]
    def __getitem__(self, k):
        return k.upper()
d.update(Keys())
print(d, dict(Keys()))
