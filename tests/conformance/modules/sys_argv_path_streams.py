# sys.argv, sys.path, sys.modules, the standard streams and the recursion limit.
import sys

print(sys.argv, len(sys.argv), sys.argv[0].endswith(".py"))
print(type(sys.path).__name__, all(isinstance(p, str) for p in sys.path))
print("sys" in sys.modules, "__main__" in sys.modules, sys.modules["sys"] is sys)
import math

print("math" in sys.modules, sys.modules["math"] is math, type(sys.modules).__name__)
sys.stdout.write("written to stdout\n")
sys.stderr.write("written to stderr\n")
print(sys.stdout.write("abc") if False else "write returns a count")
print("via print", file=sys.stdout)
print("err via print", file=sys.stderr)
print(sys.getrecursionlimit())
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(depth(1500))
sys.setrecursionlimit(1000)
print(sys.getrecursionlimit(), sys.maxsize, sys.byteorder, type(sys.version).__name__)
print(sys.platform == sys.platform, sys.version_info >= (3, 11), sys.version_info[:2])
print(sys.stdout.name if hasattr(sys.stdout, "name") else "<stdout>", sys.stdin is not None)
