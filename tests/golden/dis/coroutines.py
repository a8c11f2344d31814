# Code objects of coroutines, async generators and async comprehensions.
import asyncio


async def fetch(url, *, retries=3):
    for attempt in range(retries):
        async with session(url) as response:
            data = await response.read()
            if data:
                return data
    return None


async def stream(items):
    async for item in items:
        yield item * 2


async def collect(source):
    doubled = [x async for x in stream(source) if x]
    table = {k: await k for k in doubled}
    lazy = (y async for y in stream(doubled))
    return doubled, table, [z async for z in lazy]


class Client:
    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        return False

    def __await__(self):
        return (yield self)


async def pipeline(queue, workers=2):
    results = []

    async def worker(name):
        while (item := await queue.get()) is not None:
            results.append((name, item))
        return name

    names = [f"w{i}" for i in range(workers)]
    done = await asyncio.gather(*(worker(n) for n in names))
    return {n: [i for w, i in results if w == n] for n in done}


async def nested_awaits(a, b):
    async def inner(x):
        async def innermost(y):
            return await y
        return await innermost(x)
    return [await inner(v) for v in (a, b)], {await inner(a)}


async def generator_with_send():
    total = 0
    while True:
        value = yield total
        if value is None:
            return
        total += await value


def sync_wrapper(loop):
    runner = lambda coro: loop.run_until_complete(coro)
    return runner(collect([])), [lambda: await_free for await_free in range(2)]


async def closures(n):
    counter = 0

    async def bump():
        nonlocal counter
        counter += 1
        return counter

    return [await bump() for _ in range(n)], sorted({k async for k in stream([n])})
