# types.coroutine makes a generator function awaitable: the generator-based coroutines that
# `await` and asyncio were built on. A bare `yield` inside one suspends the whole await chain
# back to whoever drives it with send().
import types


@types.coroutine
def suspend(label):
    received = yield label
    return f"{label} got {received}"


async def worker(name):
    first = await suspend(f"{name}:1")
    second = await suspend(f"{name}:2")
    return [first, second]


coro = worker("w")
print(type(coro).__name__, coro.send(None))
print(coro.send("A"))
try:
    coro.send("B")
except StopIteration as stop:
    print("done", stop.value)

print(suspend.__name__, bool(suspend.__code__.co_flags & 0x100), types.coroutine(suspend) is suspend)


class Ticket:
    def __next__(self):
        raise StopIteration("ticket value")

    def send(self, value):
        return next(self)

    def throw(self, *args):
        raise args[0]

    def close(self):
        pass

    def __iter__(self):
        return self


@types.coroutine
def via_callable():
    return Ticket()


async def use_ticket():
    return await via_callable()


c = use_ticket()
try:
    c.send(None)
except StopIteration as stop:
    print("ticket:", stop.value, via_callable.__name__, via_callable.__wrapped__.__name__)


def plain_generator():
    yield 1


async def await_plain():
    await plain_generator()


try:
    await_plain().send(None)
except TypeError as e:
    print("TypeError:", e)
try:
    types.coroutine(42)
except TypeError as e:
    print("TypeError:", e)
code = suspend.__code__
print(code.replace(co_name="renamed").co_name, code.replace(co_firstlineno=99).co_firstlineno)


def outer():
    x = 1

    def inner():
        return x

    return inner


f = outer()
try:
    f.__code__ = plain_generator.__code__
except ValueError as e:
    print("ValueError:", e)
plain_generator.__code__ = (lambda: "swapped").__code__
print(plain_generator())
