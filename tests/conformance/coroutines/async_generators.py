# Async generators: __aiter__/__anext__, asend, athrow, aclose, ag_* attributes.
import inspect


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as stop:
        return stop.value


async def numbers(limit):
    try:
        for i in range(limit):
            received = yield i
            if received is not None:
                print("received", received)
    except KeyError as e:
        print("athrow caught", e)
        yield "recovered"
    finally:
        print("numbers cleanup")


agen = numbers(5)
print(type(agen).__name__, agen.__name__, inspect.isasyncgen(agen), inspect.isasyncgenfunction(numbers))
print(agen.ag_running, agen.ag_frame is not None, agen.ag_code.co_name, agen.ag_await)
print(agen.__aiter__() is agen)


async def drive():
    print(await agen.__anext__())
    print(await agen.asend("hello"))
    print(await agen.athrow(KeyError("k")))
    print(await agen.aclose())
    try:
        await agen.__anext__()
    except StopAsyncIteration:
        print("exhausted")
    return "ok"


print(run(drive()))
print(agen.ag_frame)


async def collect():
    return [x async for x in numbers(3)]


print(run(collect()))


async def squares():
    for i in range(4):
        yield i * i


async def comprehensions():
    evens = [x async for x in squares() if x % 2 == 0]
    as_set = {x async for x in squares()}
    as_dict = {x: x + 1 async for x in squares()}
    nested = [(a, b) async for a in squares() for b in range(2) if a]
    gen = (x * 2 async for x in squares())
    doubled = [y async for y in gen]
    return evens, sorted(as_set), as_dict, nested, doubled, type(gen).__name__


print(run(comprehensions()))


async def awaits_inside():
    async def half(x):
        return x / 2
    return [await half(x) for x in range(3)]


print(run(awaits_inside()))

aw = numbers(2).asend(None)
print(type(aw).__name__, aw.__await__() is aw)
