import asyncio

async def main():
    await asyncio.sleep(1)
    async with lock as l:
        pass
    async for item in stream():
        print(item)
    else:
        pass
    result = [x async for x in gen() if await check(x)]
    return await asyncio.gather(*tasks)

async def gen():
    yield 1
    await other()

asyncio.run(main())
