# Writes of every kind: locals, globals, cells, attributes, elements, and mutations made
# inside builtins; objects that are born and die.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def move(self, dx):
        self.x = self.x + dx


counter = 0


def bump():
    global counter
    counter = counter + 1


def make_closure():
    count = 0

    def inc():
        nonlocal count
        count += 1
        return count

    return inc


def scale(v, k):
    k = k * 2
    v = v * k
    return v


p = Point(1, 2)
p.move(5)
setattr(p, "y", 7)
bump()
bump()
items = [5, 3, 9]
items[0] = 4
items.sort()
table = {"a": 1}
table.update({"b": 2})
table["a"] = 3
inc = make_closure()
inc()
inc()
scaled = scale(3, 2)
temp = [1, 2]
temp = None
print(p.x, p.y, counter, items, table, scaled)
