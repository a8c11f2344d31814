# Generators driven by for loops and next(), a class with methods calling each other,
# comprehensions and a conditional loop.
def evens(limit):
    n = 0
    while n < limit:
        if n % 2 == 0:
            yield n
        n += 1


def pairs(items):
    for i, item in enumerate(items):
        yield i, item


class Stack:
    def __init__(self):
        self.items = []

    def push(self, value):
        self.items.append(value)
        return len(self.items)

    def pop(self):
        value = self.items.pop()
        return value


s = Stack()
for e in evens(7):
    s.push(e)
first = s.pop()
labels = {i: str(v) for i, v in pairs([10, 20])}
g = evens(3)
a = next(g)
b = next(g)
total = sum(x for x in range(4))
print(first, labels, a, b, total, s.items)
