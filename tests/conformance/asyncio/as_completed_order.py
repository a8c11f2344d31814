# asyncio.as_completed yields results in the order they finish; its timeout raises
# TimeoutError for the results still missing.
import asyncio


async def job(n):
    await asyncio.sleep(n / 10)
    print("job", n, "finished")
    return n


async def main():
    for coro in asyncio.as_completed([job(3), job(1), job(2)]):
        print("got", await coro)
    try:
        for coro in asyncio.as_completed([job(5), job(1)], timeout=0.3):
            print("got", await coro)
    except TimeoutError:
        print("timed out")
    lone = job(1)
    try:
        next(asyncio.as_completed(lone))
    except TypeError as e:
        print("TypeError:", e)
    print(await lone)


asyncio.run(main())
