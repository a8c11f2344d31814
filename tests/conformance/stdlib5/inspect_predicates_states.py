# inspect's predicates and the generator and coroutine states.
import inspect
import math


def function():
    pass


def generator():
    yield 1


async def coroutine():
    pass


async def async_generator():
    yield 1


class Thing:
    """A thing.

        Indented detail.
    """

    def method(self):
        pass


objects = [function, generator, coroutine, async_generator, Thing, Thing().method, len,
           math, generator(), Thing(), lambda: 0, [].append, function.__code__]
predicates = ["isfunction", "isgeneratorfunction", "iscoroutinefunction", "isasyncgenfunction",
              "isclass", "ismethod", "isbuiltin", "ismodule", "isgenerator", "iscoroutine",
              "isasyncgen", "isroutine", "iscode", "isawaitable"]
for obj in objects:
    name = getattr(obj, "__name__", type(obj).__name__)
    print(f"{name:16}", [p for p in predicates if getattr(inspect, p)(obj)])
c = coroutine()
print(inspect.iscoroutine(c), inspect.isawaitable(c))
c.close()
print(inspect.getdoc(Thing))
print(inspect.cleandoc("   first\n     second\n   third"))
print([name for name, _ in inspect.getmembers(Thing, inspect.isfunction)])
print(inspect.getmro(bool), inspect.unwrap(function) is function)


def states():
    print("inside:", inspect.getgeneratorstate(g))
    yield


g = states()
print(inspect.getgeneratorstate(g))
next(g)
print(inspect.getgeneratorstate(g))
g.close()
print(inspect.getgeneratorstate(g))
print(inspect.GEN_CREATED, inspect.CORO_SUSPENDED)


class Pause:
    def __await__(self):
        yield


async def task():
    print("inside:", inspect.getcoroutinestate(co))
    await Pause()


co = task()
print(inspect.getcoroutinestate(co))
co.send(None)
print(inspect.getcoroutinestate(co))
try:
    co.send(None)
except StopIteration:
    pass
print(inspect.getcoroutinestate(co))
