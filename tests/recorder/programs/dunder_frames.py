# Frames the evaluator pushes for its own instructions: class calls running __init__,
# properties, operators (with NotImplemented falling back to the reflected method), != through
# __eq__, subscripts, truth tests, containment, iteration, __call__ and with-blocks.


class Node:
    def __init__(self, value, rest=None):
        self.value = value
        self.rest = rest

    @property
    def total(self):
        return self.value + (self.rest.total if self.rest else 0)

    @total.setter
    def total(self, value):
        self.value = value


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        return NotImplemented

    def __radd__(self, other):
        return Money(self.cents + other * 100)

    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents

    def __lt__(self, other):
        return self.cents < other.cents

    def __neg__(self):
        return Money(-self.cents)

    def __bool__(self):
        return self.cents != 0

    def __repr__(self):
        return "Money(%d)" % self.cents


class Shelf:
    def __init__(self, *items):
        self.items = list(items)

    def __getitem__(self, i):
        return self.items[i]

    def __setitem__(self, i, value):
        self.items[i] = value

    def __delitem__(self, i):
        del self.items[i]

    def __len__(self):
        return len(self.items)

    def __contains__(self, item):
        return item in self.items

    def __iter__(self):
        for item in self.items:
            yield item

    def __call__(self, item):
        self.items.append(item)
        return len(self.items)


class Steps:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n


class Block:
    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, kind, exc, tb):
        print("exit", kind.__name__ if kind else None)
        return kind is KeyError


class Bad:
    def __init__(self):
        return 5


chain = Node(1, Node(2, Node(3)))
print(chain.total)
chain.total = 10
print(chain.total)
a = Money(150)
print(a + Money(50), 2 + a, -a, a == Money(150), a != Money(1), a < Money(200))
if a:
    print("nonzero")
if not Money(0):
    print("zero")
shelf = Shelf("x", "y")
shelf[0] = "w"
print(shelf[0], shelf[1:], len(shelf), "y" in shelf, "q" not in shelf)
del shelf[1]
print(shelf("z"), [item for item in shelf], "full" if shelf else "empty")
while Shelf():
    pass
print(sum(Steps(4)), [s for s in Steps(3)])
with Block():
    {}["missing"]
try:
    Bad()
except TypeError as e:
    print(e)
print(sorted([Money(3), Money(1), Money(2)]))


def depth(node):
    return 1 + depth(node.rest) if node.rest else 1


deep = None
for i in range(30):
    deep = Node(i, deep)
print(depth(deep), deep.total)
