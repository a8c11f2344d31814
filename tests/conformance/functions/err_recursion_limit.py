# Recursion deeper than sys.getrecursionlimit() raises RecursionError, which can be caught.
import sys

print(sys.getrecursionlimit())


def depth(n):
    return n if n == 0 else 1 + depth(n - 1)


print(depth(100), depth(900))


def forever(n):
    return forever(n + 1)


try:
    forever(0)
except RecursionError as e:
    print("RecursionError:", e)
    print(type(e).__mro__[1].__name__, isinstance(e, RuntimeError))
reached = 0


def probe(n):
    global reached
    reached = n
    probe(n + 1)


sys.setrecursionlimit(200)
try:
    probe(1)
except RecursionError:
    print("deepest call below 200:", 150 < reached < 200)
print(sys.getrecursionlimit(), depth(150))
sys.setrecursionlimit(1000)


def countdown(n):
    if n == 0:
        return "liftoff"
    return countdown(n - 1)


print(countdown(500))
try:
    countdown(5000)
except RecursionError as e:
    print("too deep:", e)
print(countdown(10))
