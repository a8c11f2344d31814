# Evaluating generated code deeper than the compiler's limit raises RecursionError; an
# uncaught one ends the program with status 1.
import sys


def chain(op, n):
    return "1" + op * n


for n in (10, 100, 1000):
    print(n, eval(chain(" + 1", n)), eval("-" * n + "1"), len(eval("[" * min(n, 150) + "]" * min(n, 150))))
depths = {}
for n in (100_000, 200_000):
    try:
        eval(chain(" + 1", n))
        depths[n] = "ok"
    except RecursionError as e:
        depths[n] = str(e)
print(depths)
print(sys.getrecursionlimit())
source = "x" + ".attr" * 150_000
compile(source, "<deep>", "eval")
