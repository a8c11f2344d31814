# Tasks interleave in the order CPython's event loop runs them: ready callbacks first in,
# first out, timers by deadline; asyncio.sleep(0) yields one turn.
import asyncio


async def ticker(name, delays):
    for d in delays:
        print(f"{name} sleeps {d}")
        await asyncio.sleep(d)
        print(f"{name} woke after {d}")
    return name


async def spinner(name, turns):
    for i in range(turns):
        print(f"{name} turn {i}")
        await asyncio.sleep(0)


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    t1 = asyncio.create_task(ticker("A", [0.3, 0.05]))
    t2 = asyncio.create_task(ticker("B", [0.1, 0.4]))
    t3 = asyncio.create_task(spinner("S", 3))
    t4 = asyncio.create_task(ticker("C", [0.2, 0.25]))
    print("tasks created")
    await asyncio.sleep(0)
    print("main resumed once")
    results = [await t1, await t2, await t3, await t4]
    print(results)
    print("elapsed", round(loop.time() - start, 1))
    print(await asyncio.sleep(0.5, result="slept"))
    return "main result"


print(asyncio.run(main()))
print(asyncio.run(spinner("again", 2)))
