# Defaults are evaluated at definition time, so their errors happen there.
snippets = [
    "def f(a=1, b): pass",
    "def f(*, a=1, b): return b",
    "lambda a=1, b: 0",
    "def f(a, a=1): pass",
]
for source in snippets:
    try:
        compile(source, "defaults.py", "exec")
        print("compiles:", source)
    except SyntaxError as e:
        print(repr(source), "->", e.msg, e.offset)
try:
    def broken(value=undefined_name):
        return value
except NameError as e:
    print("NameError at def time:", e)
try:
    def divide(n, d=1 / 0):
        return n / d
except ZeroDivisionError as e:
    print("ZeroDivisionError at def time:", e)


def history(entry, log=[]):
    log.append(entry)
    if len(log) > 3:
        raise OverflowError(f"log is full: {log}")
    return len(log)


for item in "abcde":
    try:
        print(item, history(item))
    except OverflowError as e:
        print("OverflowError:", e)


def pair(a, b=2, *, c):
    return a, b, c


print(pair(1, c=3), pair.__defaults__, pair.__kwdefaults__)
pair.__kwdefaults__ = None
print(pair(1, c=0))
print(pair(1))
