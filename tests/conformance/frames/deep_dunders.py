# Recursion through __init__, properties, operator and container dunders, truth tests,
# iteration, __call__, context managers and f(*args) is limited only by the recursion limit:
# 3000 levels is far deeper than any native re-entry allows.
import sys

sys.setrecursionlimit(100000)
DEPTH = 3000


class Node:
    def __init__(self, n):
        self.child = Node(n - 1) if n else None


def chain_length(node):
    length = 0
    while node is not None:
        length += 1
        node = node.child
    return length


class Tree:
    def __init__(self, n):
        self.n = n

    @property
    def depth(self):
        return 0 if self.n == 0 else Tree(self.n - 1).depth + 1

    @property
    def label(self):
        return "leaf"

    @label.setter
    def label(self, value):
        if self.n:
            Tree(self.n - 1).label = value
        else:
            Tree.last_label = value


class Num:
    def __init__(self, n):
        self.n = n

    def __add__(self, other):
        return other if self.n == 0 else (Num(self.n - 1) + other) + 1

    def __radd__(self, other):
        return other if self.n == 0 else (other + Num(self.n - 1)) + 1

    def __iadd__(self, other):
        if self.n == 0:
            return other
        inner = Num(self.n - 1)
        inner += other
        return inner + 1

    def __sub__(self, other):
        return NotImplemented

    def __rsub__(self, other):
        return -other if self.n == 0 else (other - Num(self.n - 1)) - 1

    def __neg__(self):
        return 0 if self.n == 0 else -Num(self.n - 1) - 1

    def __eq__(self, other):
        return other == 0 if self.n == 0 else Num(self.n - 1) == other - 1

    def __lt__(self, other):
        return other > 0 if self.n == 0 else Num(self.n - 1) < other - 1


class OnlyEq:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        # != reaches __eq__ through object.__ne__.
        return True if self.n == 0 else not (OnlyEq(self.n - 1) != other)


class Seq:
    def __init__(self, n):
        self.n = n

    def __getitem__(self, key):
        return key if self.n == 0 else Seq(self.n - 1)[key] + 1

    def __setitem__(self, key, value):
        if self.n:
            Seq(self.n - 1)[key] = value
        else:
            Seq.stored = (key, value)

    def __delitem__(self, key):
        if self.n:
            del Seq(self.n - 1)[key]
        else:
            Seq.deleted = key

    def __contains__(self, item):
        return item == 0 if self.n == 0 else (item - 1) in Seq(self.n - 1)

    def __len__(self):
        return 1 if self.n == 0 else (5 if Seq(self.n - 1) else 0)


class Flag:
    def __init__(self, n):
        self.n = n

    def __bool__(self):
        if self.n == 0:
            return True
        if Flag(self.n - 1):
            return True
        return False


class Nested:
    """__iter__ recurses through GET_ITER of the next level."""

    def __init__(self, n):
        self.n = n

    def __iter__(self):
        if self.n:
            for _ in Nested(self.n - 1):
                pass
        return iter([self.n])


class Countdown:
    """__next__ recurses through FOR_ITER of the next level, which it runs to the end."""

    def __init__(self, n):
        self.n = n
        self.done = False

    def __iter__(self):
        return self

    def __next__(self):
        if self.done:
            raise StopIteration
        self.done = True
        inner = 0
        if self.n:
            for value in Countdown(self.n - 1):
                inner = value
        return inner + 1


class Caller:
    def __init__(self, n):
        self.n = n

    def __call__(self, step=1):
        return 0 if self.n == 0 else Caller(self.n - 1)(step=step) + step


class Managed:
    entered = 0

    def __init__(self, n):
        self.n = n

    def __enter__(self):
        Managed.entered += 1
        if self.n:
            with Managed(self.n - 1) as inner:
                return inner
        return self

    def __exit__(self, *exc):
        return None


def spread(n, *args, **kwargs):
    return len(args) + len(kwargs) if n == 0 else spread(n - 1, *args, **kwargs) + 1


print("init", chain_length(Node(DEPTH)))
print("property", Tree(DEPTH).depth)
t = Tree(DEPTH)
t.label = "deep"
print("property setter", Tree.last_label)
print("add", Num(DEPTH) + 0)
print("radd", 0 + Num(DEPTH))
n = Num(DEPTH)
n += 0
print("iadd", n)
print("rsub via sub", 0 - Num(DEPTH))
print("neg", -Num(DEPTH))
print("eq", Num(DEPTH) == DEPTH, Num(DEPTH) == DEPTH + 1)
print("lt", Num(DEPTH) < DEPTH + 1, Num(DEPTH) < DEPTH)
print("ne via eq", OnlyEq(DEPTH) == 1)
print("getitem", Seq(DEPTH)[7])
s = Seq(DEPTH)
s[1] = "x"
print("setitem", Seq.stored)
del s[2]
print("delitem", Seq.deleted)
print("contains", DEPTH in Seq(DEPTH), DEPTH + 1 not in Seq(DEPTH))
print("len truth", bool(Seq(DEPTH)), len(Seq(DEPTH)))
print("bool", "yes" if Flag(DEPTH) else "no", not Flag(DEPTH))
print("iter", list(Nested(DEPTH)))
print("next", list(Countdown(DEPTH)))
print("call", Caller(DEPTH)(step=2))
with Managed(DEPTH) as m:
    print("with", m.n, Managed.entered)
print("star call", spread(DEPTH, 1, 2, k=3))
