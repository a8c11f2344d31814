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
