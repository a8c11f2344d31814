class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev, tb is not None)
        return self.suppress

with CM("a") as v:
    print("body", v)
with CM("b", suppress=True):
    raise ValueError("suppressed")
print("after suppressed")
try:
    with CM("c"):
        raise KeyError("escapes")
except KeyError as e:
    print("caught", e)
with CM("outer") as o, CM("inner", suppress=True) as i:
    print("both", o, i)
    raise TypeError("inner handles")
print("after nested")
def returns():
    with CM("ret"):
        return "value"
print(returns())
for n in range(3):
    with CM("loop%d" % n):
        if n == 1:
            continue
        if n == 2:
            break
        print("loop body", n)
class Truthy:
    def __enter__(self):
        return self
    def __exit__(self, *args):
        return 1
with Truthy():
    1 / 0
print("truthy suppress")
class ExitArgs:
    def __enter__(self):
        return None
    def __exit__(self, *args):
        print(len(args), [type(a).__name__ for a in args])
with ExitArgs() as nothing:
    print(nothing)
try:
    with ExitArgs():
        raise ValueError
except ValueError:
    print("not suppressed: __exit__ returned None")
import sys
class SeesExc:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        print("exc during exit:", repr(sys.exception()))
        return True
with SeesExc():
    raise IndexError("visible")
with open(__file__) as fh:
    first = fh.readline()
print(first.strip(), fh.closed)
with CM("tuple") as (a, *b):
    print(a, b)
