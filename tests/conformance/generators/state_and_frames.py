# Generator state and attributes: inspect.getgeneratorstate, gi_frame, gi_running, gi_code,
# gi_yieldfrom, and a generator inspecting itself while it runs.
import inspect


def worker():
    print("running state:", inspect.getgeneratorstate(me), me.gi_running)
    x = yield 1
    y = yield x
    return y


me = worker()
print(inspect.getgeneratorstate(me), me.gi_running, me.gi_code.co_name)
print(me.gi_frame.f_lineno, me.gi_frame.f_code is me.gi_code)
print(next(me))
print(inspect.getgeneratorstate(me), me.gi_frame.f_lineno, me.gi_suspended)
print(me.send("sent"))
try:
    me.send("last")
except StopIteration as stop:
    print("stopped with", stop.value)
print(inspect.getgeneratorstate(me), me.gi_frame)


def sub():
    yield "from sub"


def parent():
    yield from sub()


p = parent()
print(p.gi_yieldfrom)
next(p)
print(type(p.gi_yieldfrom).__name__, p.gi_yieldfrom.gi_frame.f_code.co_name)
print(inspect.isgenerator(p), inspect.isgeneratorfunction(parent), inspect.isgeneratorfunction(sub()))
print(type(p).__name__, p.__name__, p.__qualname__)
p.close()
print(inspect.getgeneratorstate(p), p.gi_yieldfrom)


class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children

    def walk(self, depth=0):
        yield depth, self.value
        for child in self.children:
            yield from child.walk(depth + 1)


tree = Tree("root", Tree("a", Tree("a1"), Tree("a2")), Tree("b"))
for depth, value in tree.walk():
    print("  " * depth + value)
