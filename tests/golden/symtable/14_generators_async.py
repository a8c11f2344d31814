def numbers(limit):
    n = 0
    while n < limit:
        yield n
        n += 1


async def fetch(source):
    async with source as s:
        return [x async for x in s]


def delegate():
    yield from numbers(3)
