# deque's errors, with CPython's messages.
from collections import deque


def attempt(label, action):
    try:
        print(label, "->", action())
    except (IndexError, ValueError, TypeError, RuntimeError, AttributeError) as exc:
        print(label, "->", type(exc).__name__ + ":", exc)


def set_maxlen():
    deque().maxlen = 3


def mutate_while_iterating():
    d = deque([1, 2, 3])
    for x in d:
        d.append(x)


def mutate_while_reversed():
    d = deque([1, 2, 3])
    for x in reversed(d):
        d.popleft()


full = deque([1, 2], maxlen=2)
attempt("pop empty", lambda: deque().pop())
attempt("popleft empty", lambda: deque().popleft())
attempt("index range", lambda: deque([1])[5])
attempt("negative range", lambda: deque([1])[-2])
attempt("set range", lambda: deque([1]).__setitem__(3, 0))
attempt("del range", lambda: deque().__delitem__(0))
attempt("slice", lambda: deque([1, 2])[0:1])
attempt("str index", lambda: deque([1])["0"])
attempt("remove missing", lambda: deque([1]).remove(2))
attempt("index missing", lambda: deque([1, 2]).index(3))
attempt("index window", lambda: deque([1, 2, 3]).index(3, 0, 2))
attempt("insert full", lambda: full.insert(0, 0))
attempt("negative maxlen", lambda: deque([], -1))
attempt("float maxlen", lambda: deque([], 1.5))
attempt("not iterable", lambda: deque(5))
attempt("too many", lambda: deque([], 2, 3))
attempt("bad keyword", lambda: deque(items=[1]))
attempt("concat list", lambda: deque([1]) + [2])
attempt("compare list", lambda: deque([1]) < [2])
attempt("rotate str", lambda: deque().rotate("1"))
attempt("pop argument", lambda: deque([1]).pop(0))
attempt("hash", lambda: hash(deque()))
attempt("maxlen", set_maxlen)
attempt("mutate", mutate_while_iterating)
attempt("mutate reversed", mutate_while_reversed)
print(deque([1, 2]) == [1, 2], deque() == (), full)
deque().pop()
