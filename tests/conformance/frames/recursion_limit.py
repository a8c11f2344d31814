# At the default recursion limit, unbounded recursion through __init__, properties and
# dunders raises RecursionError like plain recursion; the caller can catch it and carry on.
# The last one is not caught: the program ends with the RecursionError traceback.
import sys


class Node:
    def __init__(self, n):
        self.child = Node(n - 1) if n else None


class Endless:
    @property
    def value(self):
        return Endless().value

    def __add__(self, other):
        return Endless() + other

    def __getitem__(self, key):
        return Endless()[key]

    def __eq__(self, other):
        return Endless() == other

    def __bool__(self):
        return not Endless()

    def __iter__(self):
        return iter(Endless())

    def __call__(self):
        return Endless()()


def plain(n):
    return plain(n + 1)


attempts = [
    ("plain", lambda: plain(0)),
    ("__init__", lambda: Node(10**6)),
    ("property", lambda: Endless().value),
    ("__add__", lambda: Endless() + 1),
    ("__getitem__", lambda: Endless()[0]),
    ("__eq__", lambda: Endless() == 1),
    ("__bool__", lambda: not Endless()),
    ("__iter__", lambda: [x for x in Endless()]),
    ("__call__", lambda: Endless()()),
]
print("limit", sys.getrecursionlimit())
for name, attempt in attempts:
    try:
        attempt()
        print(name, "returned")
    except RecursionError as e:
        print(name, type(e).__name__, str(e).startswith("maximum recursion depth exceeded"))


def chain_length(node):
    length = 0
    while node is not None:
        length += 1
        node = node.child
    return length


print("after", chain_length(Node(300)))
Node(10**6)
print("not reached")
