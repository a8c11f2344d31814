# Coroutine objects driven by hand with send(None), throw and close, and their attributes.
import inspect


class Suspend:
    """An awaitable that suspends once, handing `label` to whoever drives the coroutine."""

    def __init__(self, label):
        self.label = label

    def __await__(self):
        reply = yield self.label
        return f"{self.label}->{reply}"


async def inner(x):
    got = await Suspend(f"inner{x}")
    return got.upper()


async def outer():
    a = await inner(1)
    b = await inner(2)
    return [a, b]


coro = outer()
print(type(coro).__name__, coro.__name__, coro.__qualname__)
print(inspect.getcoroutinestate(coro), coro.cr_running, coro.cr_await)
print(coro.cr_code.co_name, bool(coro.cr_code.co_flags & 0x80))
print(coro.send(None))
print(inspect.getcoroutinestate(coro), type(coro.cr_await).__name__, coro.cr_frame.f_lineno)
print(coro.send("x"))
try:
    coro.send("y")
except StopIteration as stop:
    print("returned", stop.value)
print(inspect.getcoroutinestate(coro), coro.cr_frame, coro.cr_await)


async def guarded():
    try:
        await Suspend("waiting")
    except ValueError as e:
        print("caught", e)
        await Suspend("after catch")
        return "recovered"
    finally:
        print("finally runs")


g = guarded()
print(g.send(None))
print(g.throw(ValueError("boom")))
try:
    g.send(None)
except StopIteration as stop:
    print("value", stop.value)

h = guarded()
h.send(None)
print(h.close())
print(inspect.getcoroutinestate(h))


async def running_check():
    print("inside:", inspect.getcoroutinestate(me), me.cr_running)
    return 1


me = running_check()
try:
    me.send(None)
except StopIteration as stop:
    print("done", stop.value)

w = outer().__await__()
print(type(w).__name__, next(w))
print(w.send(1))
try:
    w.send(2)
except StopIteration as stop:
    print(stop.value)


async def add(a, b):
    return a + b


async def chain():
    total = 0
    for i in range(5):
        total += await add(i, total)
    return total


c = chain()
try:
    c.send(None)
except StopIteration as stop:
    print("chain", stop.value)
